package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.problem.Text;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.maven.wagon.authentication.AuthenticationInfo;
import org.apache.maven.wagon.providers.ssh.knownhost.KnownHostChangedException;
import org.apache.maven.wagon.providers.ssh.knownhost.UnknownHostException;
import org.apache.maven.wagon.repository.Repository;

/**
 * Opens an SFTP connection through Wagon (authentication, strict host-key checking against a
 * read-only known_hosts) and turns every way it can fail into one line that says what to fix.
 */
final class SftpConnector {
  private final DeployTarget target;
  private final Credentials credentials;
  private final Path knownHosts;
  private final Duration timeout;
  private final Duration connectTimeout;

  SftpConnector(DeploySettings settings) {
    this.target = settings.target();
    this.credentials = settings.credentials().orElseThrow();
    this.knownHosts = settings.knownHosts();
    this.timeout = settings.timeout();
    this.connectTimeout = settings.connectTimeout();
  }

  /** Connects; with {@code create} a missing deploy folder is created, else refused. */
  SftpServerFiles connect(boolean create) {
    if (!Files.isRegularFile(knownHosts)) {
      throw new DeployException(Text.of("deploy.ssh.no_known_hosts", knownHosts, addKeyAdvice()));
    }
    credentials.privateKey().ifPresent(this::checkKey);
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    int connectMillis = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
    // JSch's keep-alive gives up after three unanswered probes: 1.5 × the silence limit, so the
    // watchdog, which names the server and the step, always ends a silent deploy first.
    DeploySftpWagon wagon = new DeploySftpWagon(Math.max(1000, millis / 2));
    wagon.setTimeout(connectMillis);
    wagon.setReadTimeout(connectMillis);
    wagon.setInteractive(false);
    wagon.setKnownHostsProvider(new ReadOnlyKnownHosts(knownHosts));
    wagon.setStrictHostKeyChecking("yes");
    wagon.setPreferredAuthentications(
        credentials.privateKey().isPresent() ? "publickey" : "password,keyboard-interactive");
    AuthenticationInfo auth = new AuthenticationInfo();
    auth.setUserName(credentials.username());
    credentials.privateKey().ifPresent(key -> auth.setPrivateKey(key.toString()));
    credentials.passphrase().ifPresent(auth::setPassphrase);
    credentials.password().ifPresent(auth::setPassword);
    Repository repository =
        new Repository("deploy", "sftp://" + target.host() + ":" + target.port() + target.path());
    try {
      wagon.connect(repository, auth);
    } catch (Exception e) {
      throw explain(e);
    }
    try {
      ChannelSftp channel = (ChannelSftp) wagon.session().openChannel("sftp");
      channel.connect(connectMillis);
      return new SftpServerFiles(target, wagon, channel, create);
    } catch (JSchException | DeployException e) {
      wagon.session().disconnect();
      if (e instanceof DeployException refused) {
        throw refused;
      }
      throw new DeployException(Text.of("deploy.ssh.channel", server(), e.getMessage()), e);
    }
  }

  /**
   * Reads the private key before connecting, so that a wrong file or passphrase is named as such
   * instead of surfacing as a failed login; nothing of the key is ever shown.
   */
  private void checkKey(Path key) {
    String where = " (" + credentials.origin() + ")";
    KeyPair pair;
    try {
      pair = KeyPair.load(new JSch(), key.toString());
    } catch (JSchException e) {
      throw new DeployException(
          Text.of(
              looksPublic(key) ? "deploy.ssh.key.public" : "deploy.ssh.key.unreadable",
              key,
              where));
    }
    try {
      if (pair.isEncrypted() && credentials.passphrase().isEmpty()) {
        throw new DeployException(Text.of("deploy.ssh.key.no_passphrase", key, where));
      }
      if (pair.isEncrypted() && !pair.decrypt(credentials.passphrase().get())) {
        throw new DeployException(Text.of("deploy.ssh.key.passphrase", key, where));
      }
    } finally {
      pair.dispose();
    }
  }

  private static boolean looksPublic(Path key) {
    try (var in = Files.newInputStream(key)) {
      String head = new String(in.readNBytes(64), java.nio.charset.StandardCharsets.US_ASCII);
      return head.startsWith("ssh-")
          || head.startsWith("ecdsa-")
          || head.contains("PUBLIC KEY")
          || head.startsWith("---- BEGIN SSH2 PUBLIC");
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private DeployException explain(Exception e) {
    if (e instanceof UnknownHostException) {
      return new DeployException(
          Text.of("deploy.ssh.host_key.unknown", server(), knownHosts, addKeyAdvice()), e);
    }
    if (e instanceof KnownHostChangedException) {
      return new DeployException(Text.of("deploy.ssh.host_key.changed", server(), knownHosts), e);
    }
    String text = causes(e);
    String lower = text.toLowerCase(Locale.ROOT);
    if (has(e, ConnectException.class) || lower.contains("connection refused")) {
      return new DeployException(Text.of("deploy.ssh.refused", server()), e);
    }
    if (has(e, java.net.UnknownHostException.class)) {
      return new DeployException(Text.of("deploy.ssh.unknown_host", target.host()), e);
    }
    if (has(e, NoRouteToHostException.class)) {
      return new DeployException(Text.of("deploy.ssh.no_route", server()), e);
    }
    if (lower.contains("invalid privatekey") || lower.contains("passphrase")) {
      return new DeployException(
          Text.of(
              "deploy.ssh.key.rejected",
              credentials.privateKey().map(Path::toString).orElse("?"),
              credentials.origin()),
          e);
    }
    if (lower.contains("auth fail")
        || lower.contains("auth cancel")
        || lower.contains("too many authentication failures")) {
      return new DeployException(
          Text.of(
              "deploy.ssh.auth",
              credentials.username(),
              server(),
              credentials.method(),
              credentials.origin()),
          e);
    }
    if (has(e, SocketTimeoutException.class) || lower.contains("timeout")) {
      return new DeployException(
          Text.of("deploy.ssh.timeout", server(), connectTimeout.toSeconds()), e);
    }
    return new DeployException(Text.of("deploy.ssh.other", server(), text), e);
  }

  private Text addKeyAdvice() {
    return Text.of("deploy.ssh.add_key", target.port(), target.host(), knownHosts);
  }

  private String server() {
    return target.host() + ":" + target.port();
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The messages of the cause chain; JSch and Wagon never put secrets in them. */
  private static String causes(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && out.indexOf(t.getMessage()) < 0) {
        out.append(out.length() == 0 ? "" : ": ").append(t.getMessage());
      }
    }
    return out.toString();
  }
}
