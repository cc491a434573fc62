package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.Text;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a deploy needs to reach one server, resolved from {@code jbake.properties} ({@code
 * deploy.url}, {@code deploy.serverId} or the list {@code deploy.targets}, {@code deploy.keep},
 * {@code deploy.timeoutSeconds}, {@code deploy.knownHosts}), command-line overrides, and Maven's
 * settings.xml.
 *
 * @param target the deploy folder
 * @param credentials login from settings.xml; empty for {@code file://}
 * @param knownHosts the known_hosts file the server's key must be in
 * @param keep how many old complete releases stay besides the live one
 * @param timeout how long the server may stay silent before the deploy gives up
 * @param connectTimeout how long connecting (TCP, key exchange, login) may take
 */
public record DeploySettings(
    DeployTarget target,
    Optional<Credentials> credentials,
    Path knownHosts,
    int keep,
    Duration timeout,
    Duration connectTimeout) {
  public static final int DEFAULT_KEEP = 5;
  public static final int DEFAULT_TIMEOUT_SECONDS = 30;

  /** Connecting may always take this long: a loaded server is slow to fork and compute keys. */
  public static final Duration MINIMUM_CONNECT_TIMEOUT = Duration.ofSeconds(30);

  public DeploySettings {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(knownHosts, "knownHosts");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    if (target.isSftp() && credentials.isEmpty()) {
      throw new IllegalArgumentException("sftp needs credentials");
    }
  }

  /** Settings whose connect timeout is the silence timeout, but at least 30 s. */
  public DeploySettings(
      DeployTarget target,
      Optional<Credentials> credentials,
      Path knownHosts,
      int keep,
      Duration timeout) {
    this(target, credentials, knownHosts, keep, timeout, atLeastMinimum(timeout));
  }

  private static Duration atLeastMinimum(Duration timeout) {
    return timeout.compareTo(MINIMUM_CONNECT_TIMEOUT) < 0 ? MINIMUM_CONNECT_TIMEOUT : timeout;
  }

  /** The passwords and passphrases of this target's login, for redacting messages. */
  List<String> secrets() {
    return credentials.map(Credentials::secrets).orElse(List.of());
  }

  /**
   * Command-line values that win over jbake.properties; empty means "use the file's".
   *
   * @param urls deploy URLs, one per target (several: every mirror at once)
   * @param serverIds settings.xml server ids: none (the file's), one for every URL, or one per URL
   *     in the same order
   * @param settingsFile settings.xml
   * @param securityFile settings-security.xml
   * @param knownHosts known_hosts
   * @param keep old releases kept
   * @param timeoutSeconds silence allowed
   */
  public record Overrides(
      List<String> urls,
      List<String> serverIds,
      Optional<Path> settingsFile,
      Optional<Path> securityFile,
      Optional<Path> knownHosts,
      Optional<Integer> keep,
      Optional<Integer> timeoutSeconds) {
    public Overrides {
      urls = List.copyOf(urls);
      serverIds = List.copyOf(serverIds);
    }

    /** One URL and server id at most, as before several targets existed. */
    public Overrides(
        Optional<String> url,
        Optional<String> serverId,
        Optional<Path> settingsFile,
        Optional<Path> securityFile,
        Optional<Path> knownHosts,
        Optional<Integer> keep,
        Optional<Integer> timeoutSeconds) {
      this(
          url.stream().toList(),
          serverId.stream().toList(),
          settingsFile,
          securityFile,
          knownHosts,
          keep,
          timeoutSeconds);
    }
  }

  /** A deploy URL and the settings.xml server id for it (empty: none given for it). */
  private record Wanted(String url, Optional<String> serverId) {}

  /** Resolves the one target configured; several are an error (use {@link #resolveAll}). */
  public static DeploySettings resolve(
      SiteConfig config, Overrides overrides, Map<String, String> env) {
    List<DeploySettings> all = resolveAll(config, overrides, env);
    if (all.size() != 1) {
      throw new DeployException(Text.of("deploy.settings.one_target", all.size()));
    }
    return all.get(0);
  }

  /**
   * Resolves every target, in order: the {@code --url}s given (paired in order with the {@code
   * --server-id}s), else {@code deploy.targets=a,b} with {@code deploy.target.a.url} and {@code
   * deploy.target.a.serverId}, else {@code deploy.url}. {@code env} feeds {@code ${env.X}} in
   * settings.xml.
   */
  public static List<DeploySettings> resolveAll(
      SiteConfig config, Overrides overrides, Map<String, String> env) {
    return resolveAll(
        config,
        overrides,
        serverId ->
            MavenSettingsCredentials.read(
                overrides.settingsFile().orElseGet(MavenSettingsCredentials::defaultSettingsFile),
                overrides.securityFile().orElseGet(MavenSettingsCredentials::defaultSecurityFile),
                serverId,
                env));
  }

  /**
   * Resolves every target as {@link #resolveAll(SiteConfig, Overrides, Map)} does, taking each
   * server's login from {@code logins} (the Maven plugin passes the servers Maven decrypted).
   */
  public static List<DeploySettings> resolveAll(
      SiteConfig config, Overrides overrides, CredentialsSource logins) {
    int keep = overrides.keep().orElseGet(() -> config.integer("deploy.keep", DEFAULT_KEEP));
    int seconds =
        overrides
            .timeoutSeconds()
            .orElseGet(() -> config.integer("deploy.timeoutSeconds", DEFAULT_TIMEOUT_SECONDS));
    if (keep < 0) {
      throw new DeployException(Text.of("deploy.settings.keep", keep));
    }
    if (seconds < 1) {
      throw new DeployException(Text.of("deploy.settings.timeout", seconds));
    }
    Path knownHosts =
        overrides
            .knownHosts()
            .or(() -> config.value("deploy.knownHosts").map(Path::of))
            .orElse(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"));
    List<DeploySettings> out = new ArrayList<>();
    Set<DeployTarget> seen = new HashSet<>();
    for (Wanted wanted : wanted(config, overrides)) {
      DeployTarget target = DeployTarget.parse(wanted.url());
      if (!seen.add(target)) {
        throw new DeployException(Text.of("deploy.settings.twice", target));
      }
      Optional<Credentials> credentials = Optional.empty();
      if (target.isSftp()) {
        String serverId =
            wanted
                .serverId()
                .or(() -> config.value("deploy.serverId"))
                .orElseThrow(
                    () -> new DeployException(Text.of("deploy.settings.no_server_id", target)));
        credentials = Optional.of(logins.forServer(serverId));
      }
      out.add(
          new DeploySettings(target, credentials, knownHosts, keep, Duration.ofSeconds(seconds)));
    }
    return List.copyOf(out);
  }

  private static List<Wanted> wanted(SiteConfig config, Overrides overrides) {
    List<String> ids = overrides.serverIds();
    if (!overrides.urls().isEmpty()) {
      List<String> urls = overrides.urls();
      if (ids.size() > 1 && ids.size() != urls.size()) {
        throw new DeployException(Text.of("deploy.settings.server_ids", urls.size(), ids.size()));
      }
      List<Wanted> out = new ArrayList<>();
      for (int i = 0; i < urls.size(); i++) {
        Optional<String> id =
            ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ids.size() == 1 ? 0 : i));
        out.add(new Wanted(urls.get(i), id));
      }
      return out;
    }
    List<String> names = config.list("deploy.targets");
    if (names.isEmpty()) {
      String url =
          config
              .value("deploy.url")
              .orElseThrow(() -> new DeployException(Text.of("deploy.settings.no_target")));
      return List.of(new Wanted(url, ids.stream().findFirst()));
    }
    if (config.value("deploy.url").isPresent()) {
      throw new DeployException(Text.of("deploy.settings.url_and_targets"));
    }
    if (ids.size() > 1) {
      throw new DeployException(Text.of("deploy.settings.ids_without_url", ids.size()));
    }
    List<Wanted> out = new ArrayList<>();
    for (String name : names) {
      String key = "deploy.target." + name + ".url";
      String url =
          config
              .value(key)
              .orElseThrow(
                  () -> new DeployException(Text.of("deploy.settings.target_url", name, key)));
      Optional<String> id =
          config.value("deploy.target." + name + ".serverId").or(() -> ids.stream().findFirst());
      out.add(new Wanted(url, id));
    }
    return out;
  }
}
