package cn.zwgk.publisher.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Writes the files of a search index under {@code SITE/search/}: {@code index.json} (the {@link
 * SearchManifest}), {@code terms/N.json} (one object per shard, term → encoded postings, terms in
 * sorted order) and {@code docs/ID.json} (one {@link SearchDocument} each). JSON is compact UTF-8
 * with properties in alphabetical order, so the same index always gives the same bytes. Counts the
 * bytes it writes. Document files may be written from several threads at once (given a thread-safe
 * sink); the manifest and shards from one.
 */
public final class ShardWriter {
  /** Folder of the index inside the site. */
  public static final String FOLDER = "search";

  /** The site-relative name of the index manifest. */
  public static final String MANIFEST_FILE = FOLDER + "/index.json";

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private final IndexFileSink sink;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicInteger files = new AtomicInteger();

  /**
   * A writer into {@code site}/search, which must not exist yet: the index owns that folder, and a
   * leftover one (or an asset folder of that name) would mix old files into the new index.
   */
  public ShardWriter(Path site) {
    this(into(site));
  }

  /** A writer handing every file to {@code sink}. */
  public ShardWriter(IndexFileSink sink) {
    this.sink = sink;
  }

  /** A sink writing plainly under {@code site}, whose search folder must not exist yet. */
  public static IndexFileSink into(Path site) {
    Path root = site.resolve(FOLDER);
    if (Files.exists(root)) {
      throw new IllegalStateException(
          root + " already exists (expected the search index to own " + FOLDER + "/ in the site)");
    }
    return (path, bytes) -> {
      Path file = site.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    };
  }

  public static Path manifestPath(Path site) {
    return site.resolve(MANIFEST_FILE);
  }

  public static Path shardPath(Path site, int shard) {
    return site.resolve(FOLDER).resolve("terms").resolve(shard + ".json");
  }

  /**
   * The site-relative name of document {@code document}'s file, e.g. {@code search/docs/12.json}.
   */
  public static String documentFile(int document) {
    return FOLDER + "/docs/" + document + ".json";
  }

  public static Path documentPath(Path site, int document) {
    return site.resolve(documentFile(document));
  }

  static ObjectMapper json() {
    return JSON;
  }

  void writeDocument(int id, SearchDocument document) {
    write(documentFile(id), document);
  }

  /** Keeps document {@code id}'s file from the previous build if the sink can; true if kept. */
  boolean keepDocument(int id) {
    if (sink.keep(documentFile(id))) {
      files.incrementAndGet();
      return true;
    }
    return false;
  }

  void writeManifest(SearchManifest manifest) {
    write(MANIFEST_FILE, manifest);
  }

  /** Writes shard {@code shard}: each of the sorted {@code terms} with its encoded postings. */
  void writeShard(int shard, List<String> terms, Function<String, String> postings) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator out = JSON.getFactory().createGenerator(buffer, JsonEncoding.UTF8)) {
      out.writeStartObject();
      for (String term : terms) {
        out.writeStringField(term, postings.apply(term));
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode shard " + shard, e);
    }
    store(FOLDER + "/terms/" + shard + ".json", buffer.toByteArray());
  }

  private void write(String path, Object value) {
    try {
      store(path, JSON.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + path, e);
    }
  }

  private void store(String path, byte[] content) {
    try {
      sink.write(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
    bytes.addAndGet(content.length);
    files.incrementAndGet();
  }

  /** Bytes written so far. */
  public long bytes() {
    return bytes.get();
  }

  /** Files written so far. */
  public int files() {
    return files.get();
  }
}
