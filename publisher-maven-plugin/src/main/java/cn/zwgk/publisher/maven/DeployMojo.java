package cn.zwgk.publisher.maven;

import cn.zwgk.publisher.deploy.Credentials;
import cn.zwgk.publisher.deploy.CredentialsSource;
import cn.zwgk.publisher.deploy.DeployException;
import cn.zwgk.publisher.deploy.MavenSettingsCredentials;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * {@code publisher:deploy}, bound to {@code deploy}: uploads the built site to the server(s) of
 * jbake.properties (or {@code -Dpublisher.url}/{@code -Dpublisher.serverId}), verifies it and
 * switches it live. Logins are the {@code <server>} entries of Maven's settings, read and decrypted
 * by Maven itself ({@code mvn --encrypt-password} passwords included).
 */
@Mojo(name = "deploy", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public final class DeployMojo extends PublisherMojo {
  /** The built site to publish. */
  @Parameter(property = "publisher.site", defaultValue = "${project.build.directory}/site")
  File site;

  /** Deploy URL(s), overriding deploy.url: sftp://host:port/path or file:///path. */
  @Parameter(property = "publisher.url")
  String url;

  /** The settings.xml server id(s), overriding deploy.serverId. */
  @Parameter(property = "publisher.serverId")
  String serverId;

  /** Print what would be done; change nothing. */
  @Parameter(property = "publisher.dryRun", defaultValue = "false")
  boolean dryRun;

  /** Make the previous release live again instead of deploying. */
  @Parameter(property = "publisher.rollback", defaultValue = "false")
  boolean rollback;

  /** List the releases on the server(s) instead of deploying. */
  @Parameter(property = "publisher.list", defaultValue = "false")
  boolean list;

  /** known_hosts the servers' keys must be in (deploy.knownHosts). */
  @Parameter(property = "publisher.knownHosts")
  File knownHosts;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  @Component SettingsDecrypter decrypter;

  @Override
  String command() {
    return "deploy";
  }

  @Override
  List<String> arguments() {
    List<String> args = new ArrayList<>();
    add(args, "--source", source);
    add(args, "--site", site);
    for (String u : split(url)) {
      add(args, "--url", u);
    }
    for (String id : split(serverId)) {
      add(args, "--server-id", id);
    }
    add(args, "--known-hosts", knownHosts);
    if (dryRun) {
      args.add("--dry-run");
    }
    if (rollback) {
      args.add("--rollback");
    }
    if (list) {
      args.add("--list");
    }
    return args;
  }

  @Override
  Optional<CredentialsSource> logins() {
    return Optional.of(this::login);
  }

  private Credentials login(String id) {
    Server server = settings == null ? null : settings.getServer(id);
    String where = "server \"" + id + "\" in Maven's settings";
    if (server == null) {
      throw new DeployException(
          "no <server> with id \""
              + id
              + "\" in Maven's settings (add one with <username> and <privateKey> or <password>"
              + " to ~/.m2/settings.xml, or fix deploy.serverId; see docs/deploy.md)");
    }
    SettingsDecryptionResult result =
        decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    if (!result.getProblems().isEmpty()) {
      // The problem text names the entry, never the secret.
      throw new DeployException(where + ": " + result.getProblems().get(0).getMessage());
    }
    return MavenSettingsCredentials.fromDecrypted(result.getServer(), where);
  }

  private static List<String> split(String values) {
    if (values == null || values.isBlank()) {
      return List.of();
    }
    return List.of(values.trim().split("\\s*,\\s*"));
  }
}
