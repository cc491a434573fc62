package cn.zwgk.publisher.deploy;

/**
 * Where a deploy takes the login of a server id from: Maven's settings.xml read by the CLI ({@link
 * MavenSettingsCredentials#read}), or the settings Maven itself has already read and decrypted when
 * the deploy runs as a Maven plugin goal.
 */
@FunctionalInterface
public interface CredentialsSource {
  /** The login of {@code serverId}; throws {@link DeployException} when there is none. */
  Credentials forServer(String serverId);
}
