package cn.zwgk.publisher.deploy;

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
      throw new DeployException(
          "known_hosts file " + knownHosts + " does not exist: " + addKeyAdvice());
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
      throw new DeployException(server() + ": cannot open an SFTP channel: " + e.getMessage(), e);
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
          "private key file "
              + key
              + where
              + " is not a private key this tool can read"
              + (looksPublic(key)
                  ? ": it is a public key; point <privateKey> at the file without .pub"
                  : " (expected an unencrypted or passphrase-protected OpenSSH, PEM or PuTTY"
                      + " private key)"));
    }
    try {
      if (pair.isEncrypted() && credentials.passphrase().isEmpty()) {
        throw new DeployException(
            "private key file "
                + key
                + where
                + " is encrypted and no <passphrase> is set (add it, encrypted with mvn"
                + " --encrypt-password, or use an unencrypted deploy key)");
      }
      if (pair.isEncrypted() && !pair.decrypt(credentials.passphrase().get())) {
        throw new DeployException(
            "the <passphrase>" + where + " does not decrypt private key file " + key);
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
          "host key of " + server() + " is not in " + knownHosts + ": " + addKeyAdvice(), e);
    }
    if (e instanceof KnownHostChangedException) {
      return new DeployException(
          "host key of "
              + server()
              + " differs from the one in "
              + knownHosts
              + ": the server was reinstalled or the connection is intercepted; confirm the new"
              + " fingerprint with the server's administrator before replacing that line",
          e);
    }
    String text = causes(e);
    String lower = text.toLowerCase(Locale.ROOT);
    if (has(e, ConnectException.class) || lower.contains("connection refused")) {
      return new DeployException(
          "cannot connect to "
              + server()
              + ": connection refused (check deploy.url and that the SSH server is running)",
          e);
    }
    if (has(e, java.net.UnknownHostException.class)) {
      return new DeployException(
          "unknown host \"" + target.host() + "\" (check the host name in deploy.url)", e);
    }
    if (has(e, NoRouteToHostException.class)) {
      return new DeployException(
          "cannot reach " + server() + ": no route to host (check deploy.url and the network)", e);
    }
    if (lower.contains("invalid privatekey") || lower.contains("passphrase")) {
      return new DeployException(
          "cannot use private key "
              + credentials.privateKey().map(Path::toString).orElse("?")
              + ": wrong <passphrase> or unsupported key format (check "
              + credentials.origin()
              + ")",
          e);
    }
    if (lower.contains("auth fail")
        || lower.contains("auth cancel")
        || lower.contains("too many authentication failures")) {
      return new DeployException(
          "authentication failed for "
              + credentials.username()
              + " at "
              + server()
              + " with "
              + credentials.method()
              + " (check <username>, <privateKey> or <password> of "
              + credentials.origin()
              + ", and the account's authorized_keys on the server)",
          e);
    }
    if (has(e, SocketTimeoutException.class) || lower.contains("timeout")) {
      return new DeployException(
          server()
              + " did not answer within "
              + connectTimeout.toSeconds()
              + " s while connecting (check deploy.url, the firewall, and the server's load)",
          e);
    }
    return new DeployException("cannot connect to " + server() + ": " + text, e);
  }

  private String addKeyAdvice() {
    return "check the server's key fingerprint with its administrator, then add it with"
        + " `ssh-keyscan -p "
        + target.port()
        + " "
        + target.host()
        + " >> "
        + knownHosts
        + "`, or point deploy.knownHosts / --known-hosts at the right file";
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
