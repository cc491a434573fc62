package cn.zwgk.publisher.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Tells the {@link Watchdog} what each server call is about before making it, and that an upload is
 * still moving on every chunk, so a silent server is detected per operation and the timeout message
 * names the file. Not thread-safe, like the files it wraps.
 */
final class WatchedServerFiles implements ServerFiles {
  private final ServerFiles files;
  private final Watchdog watchdog;

  WatchedServerFiles(ServerFiles files, Watchdog watchdog) {
    this.files = files;
    this.watchdog = watchdog;
    files.heartbeat(watchdog::alive);
  }

  @Override
  public void heartbeat(Runnable beat) {
    files.heartbeat(beat);
  }

  @Override
  public String describe() {
    return files.describe();
  }

  @Override
  public void makeDirectories(List<String> dirs) {
    for (String dir : dirs) {
      watchdog.step("creating folder " + dir);
      files.makeDirectories(List.of(dir));
    }
  }

  @Override
  public List<String> list(String dir) {
    watchdog.step("listing " + dir);
    return files.list(dir);
  }

  @Override
  public Map<String, Long> sizes(String dir) {
    watchdog.step("listing the files of " + dir);
    return files.sizes(dir);
  }

  @Override
  public boolean exists(String path) {
    watchdog.step("looking for " + path);
    return files.exists(path);
  }

  @Override
  public Optional<String> readLink(String path) {
    watchdog.step("reading the symlink " + path);
    return files.readLink(path);
  }

  @Override
  public byte[] read(String path) {
    watchdog.step("downloading " + path);
    return files.read(path);
  }

  @Override
  public Map<String, String> hashes(String dir) {
    watchdog.step("hashing the files of " + dir + " on the server");
    return files.hashes(dir);
  }

  @Override
  public String sha256(String path) {
    watchdog.step("reading back " + path);
    return files.sha256(path);
  }

  @Override
  public void upload(Path local, String path, LongConsumer progress) {
    watchdog.step("uploading " + path);
    files.upload(
        local,
        path,
        sent -> {
          watchdog.alive();
          progress.accept(sent);
        });
  }

  @Override
  public long size(String path) {
    watchdog.step("checking the size of " + path);
    return files.size(path);
  }

  @Override
  public void rename(String from, String to) {
    watchdog.step("renaming " + from + " to " + to);
    files.rename(from, to);
  }

  @Override
  public boolean hardLink(String existing, String link) {
    watchdog.step("linking " + link + " to the unchanged " + existing);
    return files.hardLink(existing, link);
  }

  @Override
  public void symlink(String target, String link) {
    watchdog.step("creating the symlink " + link);
    files.symlink(target, link);
  }

  @Override
  public void remove(String path) {
    watchdog.step("removing " + path);
    files.remove(path);
  }

  @Override
  public void abort() {
    files.abort();
  }

  @Override
  public void close() {
    files.close();
  }
}
