package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 索引号 schemes of a site: the shipped national forms plus every {@code
 * index_number.scheme.NAME=TEMPLATE} of jbake.properties, and the schemes of issuers that name none
 * ({@code index_number.schemes.default}, a comma list). Immutable and thread-safe.
 */
public final class IndexNumberSchemes {
  public static final String SCHEME_PREFIX = "index_number.scheme.";
  public static final String DEFAULTS_KEY = "index_number.schemes.default";

  /** The key of the single regular expression earlier versions read; now refused with a hint. */
  static final String LEGACY_PATTERN_KEY = "index_number.pattern";

  /** The national forms (国家政府信息公开目录编制指引): code / publication year - 5-digit serial. */
  public static final List<Map.Entry<String, String>> SHIPPED =
      List.of(
          Map.entry("national-uscc", "{uscc}/{year}-{serial:5}"),
          Map.entry("national-org", "{orgcode}/{year}-{serial:5}"));

  private static final String SHIPPED_DEFAULTS = "national-uscc,national-org";

  private final Map<String, IndexNumberScheme> byName;
  private final List<IndexNumberScheme> defaults;
  private final boolean verifyCheckDigits;

  private IndexNumberSchemes(
      Map<String, IndexNumberScheme> byName,
      List<IndexNumberScheme> defaults,
      boolean verifyCheckDigits) {
    this.byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    this.defaults = List.copyOf(defaults);
    this.verifyCheckDigits = verifyCheckDigits;
  }

  /** The schemes of {@code config}; every bad setting is an error naming its line. */
  public static IndexNumberSchemes of(SiteConfig config) {
    List<Problem> problems = new ArrayList<>();
    if (config.value(LEGACY_PATTERN_KEY).isPresent()) {
      problems.add(
          Problem.error(
              SiteConfig.FILE_NAME,
              config.lineOf(LEGACY_PATTERN_KEY),
              LEGACY_PATTERN_KEY,
              Text.of("index_scheme.legacy_pattern")));
    }
    Map<String, IndexNumberScheme> byName = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : SHIPPED) {
      byName.put(e.getKey(), IndexNumberScheme.parse(e.getKey(), e.getValue()));
    }
    for (String key : config.keys(SCHEME_PREFIX)) {
      String name = key.substring(SCHEME_PREFIX.length());
      try {
        byName.put(name, IndexNumberScheme.parse(name, config.value(key, "")));
      } catch (IndexNumberScheme.BadTemplate e) {
        problems.add(Problem.error(SiteConfig.FILE_NAME, config.lineOf(key), key, e.text()));
      }
    }
    List<IndexNumberScheme> defaults = new ArrayList<>();
    List<String> names =
        config.value(DEFAULTS_KEY).isPresent()
            ? config.list(DEFAULTS_KEY)
            : List.of(SHIPPED_DEFAULTS.split(","));
    for (String name : names) {
      IndexNumberScheme s = byName.get(name);
      if (s == null) {
        problems.add(
            Problem.error(
                SiteConfig.FILE_NAME,
                config.lineOf(DEFAULTS_KEY),
                DEFAULTS_KEY,
                unknownScheme(name, byName.keySet())));
      } else {
        defaults.add(s);
      }
    }
    boolean verify;
    try {
      verify = config.flag("index_number.verify_check_digit", true);
    } catch (InvalidContentException e) {
      problems.addAll(e.problems());
      verify = true;
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new IndexNumberSchemes(byName, defaults, verify);
  }

  /** The shipped schemes only, both default: what a site without settings gets. */
  public static IndexNumberSchemes shipped() {
    return of(SiteConfig.parse(""));
  }

  static Text unknownScheme(String name, java.util.Collection<String> known) {
    return Text.of(
        "index_scheme.unknown",
        name,
        String.join(", ", known.stream().sorted().toList()),
        SCHEME_PREFIX + name);
  }

  public Optional<IndexNumberScheme> scheme(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every scheme by name. */
  public Map<String, IndexNumberScheme> all() {
    return byName;
  }

  /** The schemes of issuers that name none. */
  public List<IndexNumberScheme> defaults() {
    return defaults;
  }

  /** The schemes named by a registry entry's {@code scheme} value (empty: the defaults). */
  public List<IndexNumberScheme> named(String scheme) {
    if (scheme.isEmpty()) {
      return defaults;
    }
    return scheme(scheme).map(List::of).orElse(defaults);
  }

  public boolean verifyCheckDigits() {
    return verifyCheckDigits;
  }

  /**
   * Reads {@code value} against each of {@code schemes}: the first that accepts it, else the
   * failure of the scheme the number fits longest (a wrong check digit counting as fitting).
   */
  public IndexNumberScheme.Reading read(String value, List<IndexNumberScheme> schemes) {
    IndexNumberScheme.Reading best = null;
    for (IndexNumberScheme s : schemes) {
      IndexNumberScheme.Reading r = s.read(value, verifyCheckDigits);
      if (r.fits()) {
        return r;
      }
      if (best == null
          || (r.checkDigit() && !best.checkDigit())
          || (r.checkDigit() == best.checkDigit() && r.position() > best.position())) {
        best = r;
      }
    }
    return best;
  }

  /** The scheme among {@code schemes} that reads {@code value}, if any. */
  public Optional<IndexNumberScheme> schemeOf(String value, List<IndexNumberScheme> schemes) {
    return schemes.stream().filter(s -> s.read(value, verifyCheckDigits).fits()).findFirst();
  }

  /** The publication year {@code value} states in any scheme of the site, if one reads it. */
  public Optional<Integer> year(String value) {
    for (IndexNumberScheme s : byName.values()) {
      Optional<IndexNumberScheme.Match> m = s.read(value, false).match();
      if (m.isPresent() && m.get().year() > 0) {
        return Optional.of(m.get().year());
      }
    }
    return Optional.empty();
  }
}
