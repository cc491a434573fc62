package cn.zwgk.publisher.site;

import cn.zwgk.publisher.paths.PlainPath;
import cn.zwgk.publisher.problem.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the previous build wrote: for every output file, the key of the inputs it was made from and
 * the SHA-256 and {@link FileStamp} of the file. Kept beside the output (never deployed). An entry
 * is only trusted while the file it describes still has that stamp (or, where the platform has no
 * change time, those bytes); a missing, unreadable or foreign cache is treated as empty, so the
 * build renders everything.
 */
public final class BuildCache {
  /** Bump when keys change meaning, so an old cache is rebuilt rather than trusted. */
  static final int FORMAT = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One output file. */
  public record Entry(String key, String sha256, FileStamp stamp) {
    public long size() {
      return stamp.size();
    }
  }

  private final Map<String, Entry> entries;
  private final Optional<Text> note;

  private BuildCache(Map<String, Entry> entries, Optional<Text> note) {
    this.entries = entries;
    this.note = note;
  }

  /** An empty cache; {@code note} says why every page is rendered. */
  public static BuildCache empty(Text note) {
    return new BuildCache(Map.of(), Optional.of(note));
  }

  /** The cache file for {@code output}: a hidden sibling of the output folder. */
  public static Path fileFor(Path output) {
    Path abs = output.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".cache.json");
  }

  /** Reads the cache; never fails: an unusable cache is empty and says why in {@link #note}. */
  public static BuildCache read(Path file) {
    if (!Files.isRegularFile(file)) {
      return empty(Text.of("build.cache.none"));
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (root.path("format").asInt() != FORMAT) {
        return empty(Text.of("build.cache.format", file));
      }
      Map<String, Entry> map = new TreeMap<>();
      for (JsonNode n : root.path("files")) {
        if (!PlainPath.isPlain(n.get("path").asText())) {
          return empty(Text.of("build.cache.outside", file));
        }
        map.put(
            n.get("path").asText(),
            new Entry(
                n.get("key").asText(),
                n.get("sha256").asText(),
                new FileStamp(
                    n.get("size").asLong(),
                    n.get("mtime").asLong(),
                    n.get("ctime").asLong(),
                    n.get("inode").asLong())));
      }
      return new BuildCache(map, Optional.empty());
    } catch (IOException | RuntimeException e) {
      return empty(Text.of("build.cache.unreadable", file, String.valueOf(e.getMessage())));
    }
  }

  public void write(Path file) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    ArrayNode files = root.putArray("files");
    entries.forEach(
        (path, e) ->
            files
                .addObject()
                .put("path", path)
                .put("key", e.key())
                .put("sha256", e.sha256())
                .put("size", e.stamp().size())
                .put("mtime", e.stamp().mtime())
                .put("ctime", e.stamp().ctime())
                .put("inode", e.stamp().inode()));
    try {
      // Created afresh (never written through a link left there), then renamed over the old cache.
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      try (var out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW)) {
        JSON.writeValue(out, root);
      }
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write build cache " + file, e);
    }
  }

  public static BuildCache of(Map<String, Entry> entries) {
    return new BuildCache(new TreeMap<>(entries), Optional.empty());
  }

  public Optional<Entry> entry(String path) {
    return Optional.ofNullable(entries.get(path));
  }

  public Map<String, Entry> entries() {
    return entries;
  }

  /** Why the cache is empty, or empty when it was read. */
  public Optional<Text> note() {
    return note;
  }
}
