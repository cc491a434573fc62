package cn.zwgk.publisher.preview;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the site source (content/, templates/, assets/ and jbake.properties) recursively and
 * reports when something changed, after a short quiet period so that an editor's save, which is
 * often several file events, causes one rebuild. New folders are watched as they appear.
 */
final class SourceWatcher implements Closeable {
  private static final List<String> WATCHED = List.of("content", "templates", "assets");
  private final Path source;
  private final WatchService service;
  private boolean pending;

  SourceWatcher(Path source) {
    this.source = source;
    try {
      this.service = FileSystems.getDefault().newWatchService();
      source.register(service, kinds());
      for (String dir : WATCHED) {
        registerTree(source.resolve(dir));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + source, e);
    }
  }

  /**
   * Blocks until a relevant change happened and {@code quietMillis} passed without another one;
   * returns false when the watcher was closed.
   */
  boolean awaitChange(long quietMillis) throws InterruptedException {
    try {
      boolean changed = pending;
      pending = false;
      while (!changed) {
        changed = drain(service.take());
      }
      WatchKey more;
      while ((more = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
        drain(more);
      }
      return true;
    } catch (ClosedWatchServiceException e) {
      return false;
    }
  }

  /** Whether a relevant change is already queued (consumes it: the next wait returns at once). */
  boolean hasPendingChange() {
    WatchKey key;
    boolean pending = false;
    try {
      while ((key = service.poll()) != null) {
        pending |= drain(key);
      }
    } catch (ClosedWatchServiceException e) {
      return false;
    }
    if (pending) {
      this.pending = true;
    }
    return pending;
  }

  private boolean drain(WatchKey key) {
    boolean relevant = false;
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        relevant = true;
        continue;
      }
      Path changed = dir.resolve((Path) event.context());
      if (dir.equals(source) && !isWatchedTopLevel(changed)) {
        continue;
      }
      relevant = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
        try {
          registerTree(changed);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot watch " + changed, e);
        }
      }
    }
    key.reset();
    return relevant;
  }

  private boolean isWatchedTopLevel(Path changed) {
    String name = changed.getFileName().toString();
    return name.equals("jbake.properties") || WATCHED.contains(name);
  }

  private void registerTree(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path d : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
        d.register(service, kinds());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static WatchEvent.Kind<Path>[] kinds() {
    return new WatchEvent.Kind[] {
      StandardWatchEventKinds.ENTRY_CREATE,
      StandardWatchEventKinds.ENTRY_DELETE,
      StandardWatchEventKinds.ENTRY_MODIFY
    };
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
