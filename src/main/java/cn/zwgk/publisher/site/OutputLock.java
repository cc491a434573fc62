package cn.zwgk.publisher.site;

import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps builds into one output from overlapping: they share the staging folder, the cache and the
 * swap, so two at once would corrupt the site. An operating-system lock on a hidden file beside the
 * output ({@code .site.lock} for {@code site}), taken without waiting; the OS releases it when the
 * process ends, however it ends, so a killed build never blocks the next one. The file itself stays
 * (deleting it would race with a build that just opened it). Close to release.
 */
public final class OutputLock implements AutoCloseable {
  private final Path output;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path output, FileChannel channel, FileLock lock) {
    this.output = output;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of {@code output}: a hidden sibling. */
  public static Path fileFor(Path output) {
    Path abs = output.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".lock");
  }

  /**
   * Takes the lock of {@code output}, creating the folder that holds it when needed; fails at once
   * with {@link OutputRefusedException} when another build or preview holds it.
   */
  public static OutputLock acquire(Path output) {
    Path abs = output.toAbsolutePath().normalize();
    Path file = fileFor(abs);
    FileChannel channel;
    try {
      Files.createDirectories(file.getParent());
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the lock file " + file, e);
    }
    FileLock lock = null;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // held by this process: a preview or a build on another thread
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + file, e);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw busy(abs, file);
    }
    return new OutputLock(abs, channel, lock);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // the lock was not taken; nothing to release
    }
  }

  /** The output folder this lock guards (absolute, normalised). */
  public Path output() {
    return output;
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the lock of " + output, e);
    }
  }

  static OutputRefusedException busy(Path output, Path file) {
    return new OutputRefusedException(Text.of("output.busy", output, file));
  }
}
