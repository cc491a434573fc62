package cn.zwgk.publisher.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message texts of one language, read from {@code messages_<code>.properties} beside this class
 * (UTF-8). Placeholders are {@code {0}}, {@code {1}}, … replaced by the argument as it is (no
 * number formatting, no quote rules), and {@code {0,fields}}: a comma-separated list of header keys
 * printed with their labels ({@code 发布机构（issuer）}). A key missing in a language falls back to
 * English, then to the key itself, so a missing text never hides a problem. Immutable and
 * thread-safe; the two instances are loaded once.
 */
public final class Messages {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,fields)?\\}");
  private static final Map<Language, Messages> LOADED = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      LOADED.put(l, new Messages(l, load(l)));
    }
  }

  /** Chinese, the language of every message unless English is asked for. */
  public static final Messages DEFAULT = of(Language.ZH);

  /**
   * English, the language of the argument-less forms ({@code Problem.format()}, {@code toString()})
   * that end up in logs, exception messages and tests; what users read is always printed through a
   * chosen {@link Messages}.
   */
  public static final Messages ENGLISH = of(Language.EN);

  private final Language language;
  private final Properties texts;

  private Messages(Language language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  public static Messages of(Language language) {
    return LOADED.get(Objects.requireNonNull(language, "language"));
  }

  public Language language() {
    return language;
  }

  /** The raw pattern of {@code key} in this language, without fallback. */
  public Optional<String> pattern(String key) {
    return Optional.ofNullable(texts.getProperty(key));
  }

  /** Every key of this language's bundle. */
  public java.util.Set<String> keys() {
    return texts.stringPropertyNames();
  }

  /** The text of {@code key} with {@code args} substituted. */
  public String format(String key, List<String> args) {
    String pattern = pattern(key).or(() -> of(Language.EN).pattern(key)).orElse(key + " " + args);
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      String arg = i < args.size() ? args.get(i) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? arg : fieldList(arg)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Shorthand for {@link #format(String, List)} with arguments turned into strings. */
  public String get(String key, Object... args) {
    return Text.of(key, args).render(this);
  }

  /**
   * How a header key or rule is named in this language: {@code 发布机构（issuer）} in Chinese; the key
   * itself when no label is known.
   */
  public String fieldLabel(String field) {
    return pattern("field." + field).orElse(field);
  }

  private String fieldList(String keys) {
    List<String> labels =
        java.util.Arrays.stream(keys.split(","))
            .map(String::strip)
            .filter(k -> !k.isEmpty())
            .map(this::fieldLabel)
            .toList();
    return String.join(pattern("list.separator").orElse(", "), labels);
  }

  private static Properties load(Language language) {
    String name = "messages_" + language.code() + ".properties";
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + Messages.class);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return p;
  }
}
