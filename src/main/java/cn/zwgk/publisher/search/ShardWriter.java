package cn.zwgk.publisher.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the files of a search index under {@code SITE/search/}: {@code index.json} (the {@link
 * SearchManifest}), {@code terms/N.json} (one object per shard, term → encoded postings, terms in
 * sorted order) and {@code docs/ID.json} (one {@link SearchDocument} each). JSON is compact UTF-8
 * with properties in alphabetical order, so the same index always gives the same bytes. Counts the
 * bytes it writes. Not thread-safe.
 */
public final class ShardWriter {
  /** Folder of the index inside the site. */
  public static final String FOLDER = "search";

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private final Path root;
  private long bytes;
  private int files;

  /**
   * A writer into {@code site}/search, which must not exist yet: the index owns that folder, and a
   * leftover one (or an asset folder of that name) would mix old files into the new index.
   */
  public ShardWriter(Path site) {
    this.root = site.resolve(FOLDER);
    if (Files.exists(root)) {
      throw new IllegalStateException(
          root + " already exists (expected the search index to own " + FOLDER + "/ in the site)");
    }
    try {
      Files.createDirectories(root.resolve("terms"));
      Files.createDirectories(root.resolve("docs"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + root, e);
    }
  }

  public static Path manifestPath(Path site) {
    return site.resolve(FOLDER).resolve("index.json");
  }

  public static Path shardPath(Path site, int shard) {
    return site.resolve(FOLDER).resolve("terms").resolve(shard + ".json");
  }

  public static Path documentPath(Path site, int document) {
    return site.resolve(FOLDER).resolve("docs").resolve(document + ".json");
  }

  static ObjectMapper json() {
    return JSON;
  }

  void writeDocument(int id, SearchDocument document) {
    write(root.resolve("docs").resolve(id + ".json"), document);
  }

  void writeManifest(SearchManifest manifest) {
    write(root.resolve("index.json"), manifest);
  }

  /** Writes shard {@code shard}: each of the sorted {@code terms} with its encoded postings. */
  void writeShard(int shard, List<String> terms, Function<String, String> postings) {
    Path file = root.resolve("terms").resolve(shard + ".json");
    try (JsonGenerator out = JSON.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      out.writeStartObject();
      for (String term : terms) {
        out.writeStringField(term, postings.apply(term));
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    counted(file);
  }

  private void write(Path file, Object value) {
    try {
      JSON.writeValue(file.toFile(), value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    counted(file);
  }

  private void counted(Path file) {
    try {
      bytes += Files.size(file);
      files++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }

  /** Bytes written so far. */
  public long bytes() {
    return bytes;
  }

  /** Files written so far. */
  public int files() {
    return files;
  }
}
