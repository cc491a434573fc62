package cn.zwgk.publisher.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The input key of each output page: a hash of everything the page is made from — the publisher's
 * own code and libraries ({@link CodeIdentity}), jbake.properties, the page's template and every
 * shared partial ({@code _*.ftl?}), the page's URL and its model in its {@link CanonicalModel}
 * form. Equal keys mean byte-equal pages, which is what lets an incremental build reuse a page.
 * Thread-safe.
 */
public final class PageKeys {

  private final Path templates;
  private final Function<String, String> templateOfType;
  private final String shared;
  private final Map<String, String> perType = new ConcurrentHashMap<>();

  /**
   * @param source the site source folder (its jbake.properties is hashed)
   * @param templates the folder the build's templates are read from (see {@link Theme})
   * @param templateOfType page type → template file name
   */
  public PageKeys(Path source, Path templates, Function<String, String> templateOfType) {
    this(source, templates, templateOfType, CodeIdentity.current());
  }

  /** Keys for the publisher whose code has identity {@code code} (tests: another build). */
  PageKeys(Path source, Path templates, Function<String, String> templateOfType, String code) {
    this.templates = templates;
    this.templateOfType = templateOfType;
    StringBuilder s = new StringBuilder("code=").append(code).append('\n');
    s.append(hashFile(source.resolve("jbake.properties"))).append('\n');
    for (Path partial : partials()) {
      s.append(partial.getFileName()).append('=').append(hashFile(partial)).append('\n');
    }
    this.shared = s.toString();
  }

  /**
   * The key of the page {@code uri} of {@code type} whose model has the canonical form {@code
   * fingerprint} ({@link CanonicalModel#of}).
   */
  public String key(String type, String uri, String fingerprint) {
    String template =
        perType.computeIfAbsent(type, t -> hashFile(templates.resolve(templateOfType.apply(t))));
    return sha256(shared + type + '=' + template + '\n' + uri + '\n' + fingerprint);
  }

  /**
   * The key of generated data that no template renders (e.g. the search index): the publisher's
   * code and settings, plus {@code fingerprint}.
   */
  public String dataKey(String name, String fingerprint) {
    return sha256(shared + "data=" + name + '\n' + fingerprint);
  }

  private List<Path> partials() {
    try (Stream<Path> files = Files.list(templates)) {
      return files.filter(p -> p.getFileName().toString().startsWith("_")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + templates, e);
    }
  }

  private static String hashFile(Path file) {
    try {
      return sha256(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static String sha256(String text) {
    return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A SHA-256 digest, for keys whose input is too large to hold as one string. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
