package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of a site: the shipped {@code kinds.properties} (法治政府建设年度报告 {@code report},
 * 政府信息公开工作年度报告 {@code disclosure-report}, 其他主动公开文件 {@code document}), with every {@code kind.*} key
 * of jbake.properties laid over it. Adding a kind is adding keys; no code knows a kind by name.
 * Immutable and thread-safe.
 */
public final class ReportKinds {
  static final String PREFIX = "kind.";
  private static final String DEFAULTS = "kinds.properties";
  private static final Pattern KEY =
      Pattern.compile(
          "kind\\.([a-z][a-z0-9-]*)\\.(name|slug|annual|deadline(?:\\.[a-z]+)?"
              + "|section\\.[0-9]{1,2}|start_year|genres)");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");

  private final Map<String, ReportKind> byType;

  private ReportKinds(Map<String, ReportKind> byType) {
    this.byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
  }

  /** The shipped kinds, as a site without kind settings has them. */
  public static ReportKinds shipped() {
    return of(SiteConfig.parse(""));
  }

  /** The kinds of {@code config}; every bad {@code kind.} setting is an error naming its line. */
  public static ReportKinds of(SiteConfig config) {
    Map<String, String> values = new TreeMap<>();
    Properties shipped = defaults();
    shipped.stringPropertyNames().forEach(k -> values.put(k, shipped.getProperty(k).strip()));
    List<Problem> problems = new ArrayList<>();
    for (String key : config.keys(PREFIX)) {
      if (!KEY.matcher(key).matches()) {
        problems.add(
            Problem.error(
                SiteConfig.FILE_NAME, config.lineOf(key), key, Text.of("kinds.unknown_setting")));
        continue;
      }
      values.put(key, config.value(key, ""));
    }
    Map<String, Map<String, String>> byType = new LinkedHashMap<>();
    for (String type : List.of("report", "disclosure-report", "document")) {
      byType.put(type, new TreeMap<>());
    }
    values.forEach(
        (key, value) -> {
          Matcher m = KEY.matcher(key);
          if (m.matches()) {
            byType.computeIfAbsent(m.group(1), t -> new TreeMap<>()).put(m.group(2), value);
          }
        });
    Map<String, ReportKind> kinds = new LinkedHashMap<>();
    Set<String> slugs = new java.util.HashSet<>();
    byType.forEach(
        (type, settings) -> {
          ReportKind kind = kind(type, settings, config, problems);
          if (kind != null) {
            if (!slugs.add(kind.slug())) {
              problems.add(error(config, type, "slug", Text.of("kinds.slug.twice", kind.slug())));
            }
            kinds.put(type, kind);
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new ReportKinds(kinds);
  }

  private static Properties defaults() {
    Properties p = new Properties();
    try (InputStream in = ReportKinds.class.getResourceAsStream(DEFAULTS)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped " + DEFAULTS, e);
    }
    return p;
  }

  private static ReportKind kind(
      String type, Map<String, String> s, SiteConfig config, List<Problem> problems) {
    int before = problems.size();
    String name = s.getOrDefault("name", "");
    if (name.isEmpty()) {
      problems.add(error(config, type, "name", Text.of("kinds.name.missing")));
    }
    String slug = s.getOrDefault("slug", type);
    if (!SLUG.matcher(slug).matches()) {
      problems.add(error(config, type, "slug", Text.of("kinds.slug", slug)));
    }
    String annualText = s.getOrDefault("annual", "true");
    if (!annualText.equals("true") && !annualText.equals("false")) {
      problems.add(error(config, type, "annual", Text.of("config.not_boolean", annualText)));
    }
    Map<IssuerLevel, MonthDay> deadlines = new EnumMap<>(IssuerLevel.class);
    Optional<MonthDay> all = monthDay(config, type, "deadline", s, problems);
    for (IssuerLevel level : IssuerLevel.values()) {
      Optional<MonthDay> own = monthDay(config, type, "deadline." + level.id(), s, problems);
      own.or(() -> all).ifPresent(d -> deadlines.put(level, d));
    }
    for (String key : s.keySet()) {
      if (key.startsWith("deadline.") && IssuerLevel.of(key.substring(9)).isEmpty()) {
        problems.add(error(config, type, key, Text.of("kinds.deadline.level")));
      }
    }
    List<ReportKind.Section> sections = new ArrayList<>();
    s.entrySet().stream()
        .filter(e -> e.getKey().startsWith("section."))
        .sorted(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.getKey().substring(8))))
        .forEach(
            e ->
                section(config, type, e.getKey(), e.getValue(), problems).ifPresent(sections::add));
    Optional<Integer> startYear = Optional.empty();
    String start = s.getOrDefault("start_year", "");
    if (start.matches("\\d{4}")) {
      startYear = Optional.of(Integer.parseInt(start));
    } else if (!start.isEmpty()) {
      problems.add(error(config, type, "start_year", Text.of("kinds.start_year", start)));
    }
    List<String> genres = list(s.getOrDefault("genres", ""));
    if (problems.size() > before) {
      return null;
    }
    return new ReportKind(
        type, name, slug, annualText.equals("true"), deadlines, sections, startYear, genres);
  }

  private static Optional<MonthDay> monthDay(
      SiteConfig config, String type, String key, Map<String, String> s, List<Problem> problems) {
    String v = s.getOrDefault(key, "");
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = MONTH_DAY.matcher(v);
    try {
      if (m.matches()) {
        return Optional.of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
    } catch (DateTimeException e) {
      // reported below
    }
    problems.add(error(config, type, key, Text.of("kinds.deadline", v)));
    return Optional.empty();
  }

  private static Optional<ReportKind.Section> section(
      SiteConfig config, String type, String key, String value, List<Problem> problems) {
    String[] parts = value.split("\\|", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
      problems.add(error(config, type, key, Text.of("kinds.section", value)));
      return Optional.empty();
    }
    return Optional.of(
        new ReportKind.Section(
            parts[0].strip(), list(parts[1]), parts.length == 3 ? list(parts[2]) : List.of()));
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split("[,，]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static Problem error(SiteConfig config, String type, String sub, Text message) {
    String key = PREFIX + type + "." + sub;
    int line = config.lineOf(key);
    if (line == 0) {
      // A missing key: point at the kind's first line, where it would be added.
      line =
          config.keys(PREFIX + type + ".").stream()
              .mapToInt(config::lineOf)
              .filter(l -> l > 0)
              .min()
              .orElse(0);
    }
    return Problem.error(SiteConfig.FILE_NAME, line, key, message);
  }

  /** The kind of {@code type=} value {@code type}. */
  public Optional<ReportKind> kind(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** The kind of {@code type}; for a validated report's type, which always has one. */
  public ReportKind of(String type) {
    ReportKind k = byType.get(type);
    if (k == null) {
      throw new IllegalArgumentException("no kind " + type);
    }
    return k;
  }

  /** Every kind, the shipped ones first, then the site's in type order. */
  public List<ReportKind> all() {
    return List.copyOf(byType.values());
  }

  /** The {@code type=} values, for messages. */
  public String types() {
    return String.join(", ", byType.keySet());
  }
}
