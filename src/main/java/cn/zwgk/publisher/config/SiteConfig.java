package cn.zwgk.publisher.config;

import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Typed, read-only view of {@code jbake.properties} (read as UTF-8, like JBake does). JBake reads
 * the same file for its own keys; this class holds ours. Keys a stage owns are read by that stage
 * through {@link #value}; values that every stage shares have accessors here. Immutable and
 * thread-safe.
 */
public final class SiteConfig {
  public static final String FILE_NAME = "jbake.properties";

  private final Properties properties;
  private final String text;

  private SiteConfig(Properties properties, String text) {
    this.properties = properties;
    this.text = text;
  }

  /** Reads {@code SOURCE/jbake.properties}; a missing file is an error naming the expected path. */
  public static SiteConfig load(Path sourceDir) {
    Path file = sourceDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new InvalidContentException(
          Problem.error(
              FILE_NAME,
              0,
              "config",
              Text.of("config.no_file", FILE_NAME, sourceDir.toAbsolutePath().normalize())));
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses properties text; used by {@link #load} and by tests. */
  public static SiteConfig parse(String propertiesText) {
    Properties properties = new Properties();
    try (Reader reader = new StringReader(propertiesText)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SiteConfig(properties, propertiesText);
  }

  /** The raw value of {@code key}, trimmed, or empty when it is absent or blank. */
  public Optional<String> value(String key) {
    String v = properties.getProperty(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  public String value(String key, String fallback) {
    return value(key).orElse(fallback);
  }

  /** A boolean setting; anything but true/false is an error naming the line of the setting. */
  public boolean flag(String key, boolean fallback) {
    Optional<String> v = value(key);
    if (v.isEmpty()) {
      return fallback;
    }
    return switch (v.get().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(key, Text.of("config.not_boolean", v.get()));
    };
  }

  /** An integer setting; anything else is an error naming the line of the setting. */
  public int integer(String key, int fallback) {
    Optional<String> v = value(key);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.get());
    } catch (NumberFormatException e) {
      throw invalid(key, Text.of("config.not_integer", v.get()));
    }
  }

  /** A comma-separated list setting, entries trimmed, blanks dropped. */
  public List<String> list(String key) {
    return value(key).stream()
        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Every key set in jbake.properties that starts with {@code prefix}, sorted. */
  public List<String> keys(String prefix) {
    return properties.stringPropertyNames().stream()
        .filter(k -> k.startsWith(prefix))
        .sorted()
        .toList();
  }

  /** Site name shown in the header, feed and {@code SiteName} meta tag. */
  public String siteTitle() {
    return value("site.title", "政府信息公开");
  }

  /**
   * Absolute base URL of the published site, without a trailing slash; used in feed and sitemap.
   */
  public String siteHost() {
    String host = value("site.host", "http://localhost");
    return host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
  }

  /** The text of jbake.properties as read, e.g. to tell whether settings changed between builds. */
  public String text() {
    return text;
  }

  /**
   * 1-based line of {@code key} in jbake.properties, or 0 when it is not set there. When the key is
   * set twice this is the last line, whose value is the one read.
   */
  public int lineOf(String key) {
    String[] lines = text.split("\n", -1);
    for (int i = lines.length - 1; i >= 0; i--) {
      String line = lines[i].strip();
      if (line.startsWith(key)) {
        String rest = line.substring(key.length()).stripLeading();
        if (rest.startsWith("=") || rest.startsWith(":")) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  /** An error about the setting {@code key}, naming its line in jbake.properties. */
  public InvalidContentException invalid(String key, Text message) {
    return new InvalidContentException(Problem.error(FILE_NAME, lineOf(key), key, message));
  }

  @Override
  public String toString() {
    return "SiteConfig" + Objects.toString(properties.stringPropertyNames());
  }
}
