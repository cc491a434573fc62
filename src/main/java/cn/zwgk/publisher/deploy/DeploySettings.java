package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.config.SiteConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a deploy needs to reach the server, resolved from {@code jbake.properties} ({@code
 * deploy.url}, {@code deploy.serverId}, {@code deploy.keep}, {@code deploy.timeoutSeconds}, {@code
 * deploy.knownHosts}), command-line overrides, and Maven's settings.xml.
 *
 * @param target the deploy folder
 * @param credentials login from settings.xml; empty for {@code file://}
 * @param knownHosts the known_hosts file the server's key must be in
 * @param keep how many old complete releases stay besides the live one
 * @param timeout how long the server may stay silent before the deploy gives up
 */
public record DeploySettings(
    DeployTarget target,
    Optional<Credentials> credentials,
    Path knownHosts,
    int keep,
    Duration timeout) {
  public static final int DEFAULT_KEEP = 5;
  public static final int DEFAULT_TIMEOUT_SECONDS = 30;

  public DeploySettings {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(knownHosts, "knownHosts");
    Objects.requireNonNull(timeout, "timeout");
    if (target.isSftp() && credentials.isEmpty()) {
      throw new IllegalArgumentException("sftp needs credentials");
    }
  }

  /**
   * Command-line values that win over jbake.properties; empty means "use the file's".
   *
   * @param url deploy URL
   * @param serverId settings.xml server id
   * @param settingsFile settings.xml
   * @param securityFile settings-security.xml
   * @param knownHosts known_hosts
   * @param keep old releases kept
   * @param timeoutSeconds silence allowed
   */
  public record Overrides(
      Optional<String> url,
      Optional<String> serverId,
      Optional<Path> settingsFile,
      Optional<Path> securityFile,
      Optional<Path> knownHosts,
      Optional<Integer> keep,
      Optional<Integer> timeoutSeconds) {}

  /** Resolves the settings; {@code env} feeds {@code ${env.X}} in settings.xml. */
  public static DeploySettings resolve(
      SiteConfig config, Overrides overrides, Map<String, String> env) {
    return resolve(
        config,
        overrides,
        serverId ->
            MavenSettingsCredentials.read(
                overrides.settingsFile().orElseGet(MavenSettingsCredentials::defaultSettingsFile),
                overrides.securityFile().orElseGet(MavenSettingsCredentials::defaultSecurityFile),
                serverId,
                env));
  }

  /** Resolves the settings, taking each server's login from {@code logins}. */
  public static DeploySettings resolve(
      SiteConfig config, Overrides overrides, CredentialsSource logins) {
    String url =
        overrides
            .url()
            .or(() -> config.value("deploy.url"))
            .orElseThrow(
                () ->
                    new DeployException(
                        "no deploy target: set deploy.url in jbake.properties or pass --url"
                            + " (e.g. sftp://www.example.gov.cn:22/srv/www/site)"));
    DeployTarget target = DeployTarget.parse(url);
    int keep = overrides.keep().orElseGet(() -> config.integer("deploy.keep", DEFAULT_KEEP));
    int seconds =
        overrides
            .timeoutSeconds()
            .orElseGet(() -> config.integer("deploy.timeoutSeconds", DEFAULT_TIMEOUT_SECONDS));
    if (keep < 0) {
      throw new DeployException("deploy.keep is " + keep + " (expected 0 or more old releases)");
    }
    if (seconds < 1) {
      throw new DeployException("deploy.timeoutSeconds is " + seconds + " (expected 1 or more)");
    }
    Path knownHosts =
        overrides
            .knownHosts()
            .or(() -> config.value("deploy.knownHosts").map(Path::of))
            .orElse(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"));
    Optional<Credentials> credentials = Optional.empty();
    if (target.isSftp()) {
      String serverId =
          overrides
              .serverId()
              .or(() -> config.value("deploy.serverId"))
              .orElseThrow(
                  () ->
                      new DeployException(
                          "no server id for "
                              + target
                              + ": set deploy.serverId in jbake.properties or pass --server-id (the"
                              + " id of a <server> in Maven's settings.xml)"));
      credentials = Optional.of(logins.forServer(serverId));
    }
    return new DeploySettings(target, credentials, knownHosts, keep, Duration.ofSeconds(seconds));
  }
}
