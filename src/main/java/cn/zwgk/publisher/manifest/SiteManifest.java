package cn.zwgk.publisher.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Path → (SHA-256, size) for every file of a built site, sorted by path. The manifest file itself
 * ({@link #FILE_NAME}) is not listed. Immutable and thread-safe.
 */
public final class SiteManifest {
  /** Name of the manifest at the root of a built site. */
  public static final String FILE_NAME = ".manifest.json";

  public static final String GENERATOR = "cn.zwgk.publisher";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One file: its site-relative path with {@code /} separators, its SHA-256 in hex, its size. */
  public record Entry(String path, String sha256, long size) {
    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  private final Map<String, Entry> entries;

  private SiteManifest(Map<String, Entry> entries) {
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  public static SiteManifest of(List<Entry> entries) {
    Map<String, Entry> map = new TreeMap<>();
    for (Entry e : entries) {
      map.put(e.path(), e);
    }
    return new SiteManifest(map);
  }

  /** Hashes every regular file under {@code siteDir} except the manifest itself. */
  public static SiteManifest scan(Path siteDir) {
    List<Entry> list = new ArrayList<>();
    try (Stream<Path> files = Files.walk(siteDir)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String rel = relative(siteDir, file);
        if (!rel.equals(FILE_NAME)) {
          list.add(new Entry(rel, sha256(file), Files.size(file)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan " + siteDir, e);
    }
    return of(list);
  }

  /** Reads {@code siteDir/.manifest.json}; fails when it is missing or malformed. */
  public static SiteManifest read(Path siteDir) {
    Path file = siteDir.resolve(FILE_NAME);
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (!GENERATOR.equals(root.path("generator").asText())) {
        throw new IOException("not written by " + GENERATOR);
      }
      List<Entry> list = new ArrayList<>();
      for (JsonNode n : root.path("files")) {
        list.add(
            new Entry(n.get("path").asText(), n.get("sha256").asText(), n.get("size").asLong()));
      }
      return of(list);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          file + " is missing or malformed (expected the manifest of a finished build)", e);
    }
  }

  /**
   * Writes this manifest to {@code siteDir/.manifest.json}, sorted, so equal sites give equal
   * bytes.
   */
  public void write(Path siteDir) {
    ObjectNode root = JSON.createObjectNode();
    root.put("generator", GENERATOR);
    ArrayNode files = root.putArray("files");
    for (Entry e : entries.values()) {
      files.addObject().put("path", e.path()).put("sha256", e.sha256()).put("size", e.size());
    }
    try {
      Files.writeString(siteDir.resolve(FILE_NAME), JSON.writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write manifest in " + siteDir, e);
    }
  }

  public Map<String, Entry> entries() {
    return entries;
  }

  /** Hex SHA-256 of {@code bytes}. */
  /** Path → SHA-256 of every file listed. */
  public Map<String, String> hashes() {
    Map<String, String> hashes = new java.util.HashMap<>();
    entries().forEach((path, e) -> hashes.put(path, e.sha256()));
    return hashes;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Hex SHA-256 of a file's bytes. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
