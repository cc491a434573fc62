package cn.zwgk.publisher.site;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.paths.PlainPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The output of one build in its staging folder, reusing what the previous build made. A file whose
 * input key is unchanged, and whose previous copy is intact (the {@link FileStamp} recorded: same
 * size, time, change time and inode; or the same bytes where the platform has no change time), is
 * hard-linked from the previous output instead of being rendered again; everything else is written
 * fresh. Files are never written in place: a linked file is only ever replaced by a new one, so the
 * previous output is not touched. Thread-safe.
 */
public final class IncrementalOutput {
  private final Path previous;
  private final Path staging;
  private final BuildCache cache;
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger written = new AtomicInteger();

  private final boolean inPlace;

  public IncrementalOutput(Path previous, Path staging, BuildCache cache) {
    this(previous, staging, cache, false);
  }

  private IncrementalOutput(Path previous, Path staging, BuildCache cache, boolean inPlace) {
    this.previous = previous;
    this.staging = staging;
    this.cache = cache;
    this.inPlace = inPlace;
  }

  /**
   * Output written straight into {@code output}, for the live preview: unchanged files stay where
   * they are, changed ones are replaced, and {@link #prune} removes what the build no longer makes.
   * No staging folder and no links, so a rebuild costs what changed; but a build that fails while
   * rendering leaves some pages new and some old (the cache then makes the next build redo them).
   */
  public static IncrementalOutput inPlace(Path output, BuildCache cache) {
    return new IncrementalOutput(output, output, cache, true);
  }

  public boolean isInPlace() {
    return inPlace;
  }

  public Path staging() {
    return staging;
  }

  /**
   * Links the previous build's {@code path} into the staging folder when it was made from the same
   * {@code key} and is intact; true when it did (the caller then skips rendering).
   */
  public boolean reuse(String path, String key) {
    var entry = cache.entry(path);
    if (entry.isEmpty() || !entry.get().key().equals(key)) {
      return false;
    }
    Path old = inside(previous, path);
    if (!intact(old, entry.get())) {
      return false;
    }
    if (inPlace) {
      keys.put(path, key);
      reused.incrementAndGet();
      return true;
    }
    Path target = inside(staging, path);
    try {
      Files.createDirectories(target.getParent());
      Files.deleteIfExists(target);
      try {
        Files.createLink(target, old);
      } catch (UnsupportedOperationException | IOException noLinks) {
        Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
    } catch (IOException e) {
      return false;
    }
    keys.put(path, key);
    reused.incrementAndGet();
    return true;
  }

  /** The key the previous build recorded for {@code path}, if it made that file. */
  public Optional<String> previousKey(String path) {
    return cache.entry(path).map(BuildCache.Entry::key);
  }

  /**
   * Finds files the previous build made under {@code prefix} by the key of their inputs: the lookup
   * gives the previous copy of the file made from a key, when it is intact, for reading. Finds
   * nothing when writing in place, where this build may already have overwritten it.
   */
  public Function<String, Optional<Path>> previousByKey(String prefix) {
    if (inPlace) {
      return key -> Optional.empty();
    }
    Map<String, Map.Entry<String, BuildCache.Entry>> byKey = new HashMap<>();
    cache
        .entries()
        .forEach(
            (path, entry) -> {
              if (path.startsWith(prefix)) {
                byKey.put(entry.key(), Map.entry(path, entry));
              }
            });
    return key -> {
      var found = byKey.get(key);
      if (found == null) {
        return Optional.empty();
      }
      Path old = inside(previous, found.getKey());
      return intact(old, found.getValue()) ? Optional.of(old) : Optional.empty();
    };
  }

  /** Records that {@code path} was written fresh from inputs with {@code key}. */
  public void written(String path, String key) {
    keys.put(path, key);
    written.incrementAndGet();
  }

  /** Copies {@code source} to {@code path} unless the previous build has the same file already. */
  public void copy(Path source, String path) {
    Path target = inside(staging, path);
    String key = "file:" + sha256(source);
    if (reuse(path, key)) {
      return;
    }
    try {
      Files.createDirectories(target.getParent());
      Files.deleteIfExists(target);
      Files.copy(source, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
    }
    written(path, key);
  }

  /**
   * Keeps every file the previous build wrote under {@code prefix} (e.g. {@code search/}) when they
   * were all made from inputs with {@code key} ({@code null}: whatever their key) and are all
   * intact; true when it did. When false, none of them counts as kept: the caller writes the folder
   * again through {@link #writeIfChanged}, which keeps files whose bytes did not change.
   */
  public boolean reuseAll(String prefix, String key) {
    List<Map.Entry<String, BuildCache.Entry>> previousFiles =
        cache.entries().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).toList();
    boolean ok = !previousFiles.isEmpty();
    int kept = 0;
    for (var e : previousFiles) {
      String want = key == null ? e.getValue().key() : key;
      if (!ok || !reuse(e.getKey(), want)) {
        ok = false;
        break;
      }
      kept++;
    }
    if (!ok) {
      if (!inPlace) {
        OutputSwap.deleteRecursively(staging.resolve(prefix));
      }
      previousFiles.forEach(e -> keys.remove(e.getKey()));
      reused.addAndGet(-kept);
    }
    return ok;
  }

  /**
   * Stores generated {@code bytes} as {@code path}, made from inputs with {@code key}: when the
   * previous build has a file with the same bytes there, intact, it is kept (linked into the
   * staging folder, or left in place) instead of written again.
   */
  public void writeIfChanged(String path, byte[] bytes, String key) {
    var entry = cache.entry(path);
    if (entry.isPresent()
        && entry.get().size() == bytes.length
        && entry.get().sha256().equals(SiteManifest.sha256(bytes))
        && reuse(path, entry.get().key())) {
      keys.put(path, key);
      return;
    }
    Path target = inside(staging, path);
    try {
      Files.createDirectories(target.getParent());
      Files.deleteIfExists(target); // never write through a link to the previous output
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    written(path, key);
  }

  public int reusedCount() {
    return reused.get();
  }

  public int writtenCount() {
    return written.get();
  }

  /**
   * The manifest of the staging folder. Files linked from the previous build keep their recorded
   * hash (same inode, same size and time); only new files are hashed.
   */
  public SiteManifest manifest() {
    if (inPlace) {
      return manifestFromKeys();
    }
    List<String> files;
    try (Stream<Path> walk = Files.walk(staging)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(file -> staging.relativize(file).toString().replace('\\', '/'))
              .filter(rel -> !rel.equals(SiteManifest.FILE_NAME))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan " + staging, e);
    }
    return manifestOf(files);
  }

  /** The manifest from what this build recorded, hashing only what it wrote (in-place output). */
  private SiteManifest manifestFromKeys() {
    return manifestOf(List.copyOf(keys.keySet()));
  }

  /**
   * Entries for {@code files} (site-relative). A file the cache knows, made from the same key, with
   * the same size and time, keeps its recorded hash; the rest are hashed, in parallel.
   */
  private SiteManifest manifestOf(List<String> files) {
    return SiteManifest.of(
        files.parallelStream()
            .map(
                rel -> {
                  Path file = staging.resolve(rel);
                  try {
                    FileStamp now = FileStamp.of(file);
                    if (now == null) {
                      throw new IOException("not a regular file");
                    }
                    var known = cache.entry(rel);
                    // A linked file is the recorded inode (its change time moved with the link).
                    boolean same =
                        known.isPresent()
                            && known.get().key().equals(keys.get(rel))
                            && now.isStrong()
                            && known.get().stamp().inode() == now.inode()
                            && known.get().stamp().size() == now.size()
                            && known.get().stamp().mtime() == now.mtime();
                    return new SiteManifest.Entry(
                        rel, same ? known.get().sha256() : SiteManifest.sha256(file), now.size());
                  } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                  }
                })
            .toList());
  }

  /**
   * In-place output: deletes the files the previous build made that this build did not (removed or
   * renamed reports, townships, index files).
   */
  public void prune() {
    for (String path : cache.entries().keySet()) {
      if (!keys.containsKey(path)) {
        try {
          Files.deleteIfExists(inside(staging, path));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot delete " + staging.resolve(path), e);
        }
      }
    }
  }

  /** Pages (HTML and XML files) this build made or kept. */
  public int pageCount() {
    return (int)
        keys.keySet().stream().filter(p -> p.endsWith(".html") || p.endsWith(".xml")).count();
  }

  /**
   * The cache describing this build's output, for the next build, once it is in {@code folder}
   * (where it was swapped to) and the previous output is gone: removing the previous output's links
   * to kept files moves their change time, so the stamps are read after that.
   */
  public BuildCache nextCache(SiteManifest manifest, Path folder) {
    Map<String, BuildCache.Entry> next = new java.util.concurrent.ConcurrentHashMap<>();
    manifest.entries().values().parallelStream()
        .forEach(
            e -> {
              String key = keys.get(e.path());
              if (key == null) {
                return;
              }
              FileStamp stamp = FileStamp.of(folder.resolve(e.path()));
              if (stamp == null) {
                throw new UncheckedIOException(
                    new IOException("cannot read " + folder.resolve(e.path())));
              }
              next.put(e.path(), new BuildCache.Entry(key, e.sha256(), stamp));
            });
    return BuildCache.of(next);
  }

  /**
   * {@code folder/path} for a site-relative {@code path} made from input (report, attachment,
   * image, asset and township names) or read from the cache; a path that could leave the folder is
   * a bug or an attack, and nothing is written.
   */
  static Path inside(Path folder, String path) {
    var notPlain = PlainPath.whyNot(path);
    if (notPlain.isPresent()) {
      throw new IllegalArgumentException(
          "refusing to write or read \"" + path + "\" in " + folder + ": it " + notPlain.get());
    }
    return folder.resolve(path);
  }

  /**
   * Whether {@code file} is still what {@code entry} describes; only a plain file is (a link there
   * may lead anywhere: {@link FileStamp} does not follow links).
   */
  private static boolean intact(Path file, BuildCache.Entry entry) {
    FileStamp now = FileStamp.of(file);
    if (now == null || !now.equals(entry.stamp())) {
      return false;
    }
    if (now.isStrong()) {
      return true;
    }
    try {
      return SiteManifest.sha256(file).equals(entry.sha256());
    } catch (IOException e) {
      return false;
    }
  }

  static String sha256(Path file) {
    try {
      return SiteManifest.sha256(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
