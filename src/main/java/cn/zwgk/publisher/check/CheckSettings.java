package cn.zwgk.publisher.check;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.metadata.SpamWords;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code check.*} settings of jbake.properties: the severity of each rule ({@code
 * check.<rule>=error|warning|off}, defaults as the rule declares them) and the rules' parameters.
 * An unknown {@code check.} key or value is an error naming its line. Immutable and thread-safe.
 */
public final class CheckSettings {
  static final String PREFIX = "check.";

  /** Hosts whose scripts and iframes pages may load, besides the site's own (comma list). */
  static final String ALLOWED_SCRIPT_HOSTS = "check.allowed_script_hosts";

  /** Days after which the newest item of the home page makes the site look abandoned. */
  static final String STALE_HOME_DAYS = "check.stale_home_days";

  /** Zone in which "today" is taken for the date rules; publication dates are local dates. */
  static final String TIME_ZONE = "check.time_zone";

  private static final Set<String> PARAMETERS =
      Set.of(ALLOWED_SCRIPT_HOSTS, STALE_HOME_DAYS, TIME_ZONE);

  private final Map<String, Optional<Severity>> severities;
  private final List<String> allowedScriptHosts;
  private final int staleHomeDays;
  private final ZoneId zone;
  private final SpamWords spamWords;

  private CheckSettings(
      Map<String, Optional<Severity>> severities,
      SiteConfig config,
      int staleHomeDays,
      ZoneId zone) {
    this.severities = Map.copyOf(severities);
    // The configured 党政机关网站标识 and 找错 scripts are allowed by their configuration.
    this.allowedScriptHosts =
        java.util.stream.Stream.concat(
                config.list(ALLOWED_SCRIPT_HOSTS).stream().map(h -> h.toLowerCase(Locale.ROOT)),
                cn.zwgk.publisher.config.SiteIdentity.of(config).scriptHosts().stream())
            .distinct()
            .toList();
    this.staleHomeDays = staleHomeDays;
    this.zone = zone;
    this.spamWords = SpamWords.of(config);
  }

  /**
   * Reads the settings for {@code rules}; throws {@link InvalidContentException} listing every bad
   * {@code check.} line.
   */
  public static CheckSettings from(SiteConfig config, List<Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule r : rules) {
      byId.put(r.id(), r);
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
    for (Rule r : rules) {
      severities.put(r.id(), Optional.of(r.defaultSeverity(config)));
    }
    for (String key : config.keys(PREFIX)) {
      if (PARAMETERS.contains(key)) {
        continue;
      }
      String id = key.substring(PREFIX.length());
      if (!byId.containsKey(id)) {
        problems.add(
            Problem.error(
                SiteConfig.FILE_NAME,
                config.lineOf(key),
                key,
                Text.of(
                    "config.check.unknown_rule",
                    id,
                    String.join(", ", byId.keySet()),
                    String.join(", ", PARAMETERS.stream().sorted().toList()))));
        continue;
      }
      String value = config.value(key, "").toLowerCase(Locale.ROOT);
      switch (value) {
        case "error" -> severities.put(id, Optional.of(Severity.ERROR));
        case "warning" -> severities.put(id, Optional.of(Severity.WARNING));
        case "off" -> severities.put(id, Optional.empty());
        default ->
            problems.add(
                Problem.error(
                    SiteConfig.FILE_NAME,
                    config.lineOf(key),
                    key,
                    Text.of("config.check.severity", config.value(key, ""))));
      }
    }
    int days = staleHomeDays(config, problems);
    ZoneId zone = zone(config, problems);
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new CheckSettings(severities, config, days, zone);
  }

  private static int staleHomeDays(SiteConfig config, List<Problem> problems) {
    String value = config.value(STALE_HOME_DAYS, "14");
    try {
      int days = Integer.parseInt(value);
      if (days > 0) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        Problem.error(
            SiteConfig.FILE_NAME,
            config.lineOf(STALE_HOME_DAYS),
            STALE_HOME_DAYS,
            Text.of("config.check.days", value)));
    return 14;
  }

  private static ZoneId zone(SiteConfig config, List<Problem> problems) {
    String value = config.value(TIME_ZONE, "Asia/Shanghai");
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      problems.add(
          Problem.error(
              SiteConfig.FILE_NAME,
              config.lineOf(TIME_ZONE),
              TIME_ZONE,
              Text.of("config.check.time_zone", value)));
      return ZoneId.of("Asia/Shanghai");
    }
  }

  /** The severity of rule {@code id}, or empty when it is off. */
  public Optional<Severity> severity(String id) {
    Optional<Severity> s = severities.get(id);
    if (s == null) {
      throw new IllegalArgumentException("unknown rule " + id);
    }
    return s;
  }

  /** Lower-case hosts (or {@code *.suffix} patterns) pages may load scripts and iframes from. */
  public List<String> allowedScriptHosts() {
    return allowedScriptHosts;
  }

  public int staleHomeDays() {
    return staleHomeDays;
  }

  public ZoneId zone() {
    return zone;
  }

  public SpamWords spamWords() {
    return spamWords;
  }
}
