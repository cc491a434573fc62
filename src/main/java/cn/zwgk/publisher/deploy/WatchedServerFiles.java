package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.problem.Text;
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
      watchdog.step(Text.of("deploy.step.mkdir", dir));
      files.makeDirectories(List.of(dir));
    }
  }

  @Override
  public List<String> list(String dir) {
    watchdog.step(Text.of("deploy.step.list", dir));
    return files.list(dir);
  }

  @Override
  public Map<String, Long> sizes(String dir) {
    watchdog.step(Text.of("deploy.step.sizes", dir));
    return files.sizes(dir);
  }

  @Override
  public boolean exists(String path) {
    watchdog.step(Text.of("deploy.step.exists", path));
    return files.exists(path);
  }

  @Override
  public Optional<String> readLink(String path) {
    watchdog.step(Text.of("deploy.step.read_link", path));
    return files.readLink(path);
  }

  @Override
  public byte[] read(String path) {
    watchdog.step(Text.of("deploy.step.download", path));
    return files.read(path);
  }

  @Override
  public Map<String, String> hashes(String dir) {
    watchdog.step(Text.of("deploy.step.hashes", dir));
    return files.hashes(dir);
  }

  @Override
  public String sha256(String path) {
    watchdog.step(Text.of("deploy.step.read_back", path));
    return files.sha256(path);
  }

  @Override
  public void upload(Path local, String path, LongConsumer progress) {
    watchdog.step(Text.of("deploy.step.upload", path));
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
    watchdog.step(Text.of("deploy.step.size", path));
    return files.size(path);
  }

  @Override
  public void rename(String from, String to) {
    watchdog.step(Text.of("deploy.step.rename", from, to));
    files.rename(from, to);
  }

  @Override
  public boolean hardLink(String existing, String link) {
    watchdog.step(Text.of("deploy.step.hard_link", link, existing));
    return files.hardLink(existing, link);
  }

  @Override
  public void symlink(String target, String link) {
    watchdog.step(Text.of("deploy.step.symlink", link));
    files.symlink(target, link);
  }

  @Override
  public void remove(String path) {
    watchdog.step(Text.of("deploy.step.remove", path));
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
