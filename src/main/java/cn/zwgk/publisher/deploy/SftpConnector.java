package cn.zwgk.publisher.deploy;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
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

  SftpConnector(DeployTarget target, Credentials credentials, Path knownHosts, Duration timeout) {
    this.target = target;
    this.credentials = credentials;
    this.knownHosts = knownHosts;
    this.timeout = timeout;
  }

  SftpServerFiles connect() {
    if (!Files.isRegularFile(knownHosts)) {
      throw new DeployException(
          "known_hosts file " + knownHosts + " does not exist: " + addKeyAdvice());
    }
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    DeploySftpWagon wagon = new DeploySftpWagon(Math.max(1000, millis / 4));
    wagon.setTimeout(millis);
    wagon.setReadTimeout(millis);
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
      channel.connect(millis);
      return new SftpServerFiles(target, wagon, channel);
    } catch (JSchException e) {
      wagon.session().disconnect();
      throw new DeployException(server() + ": cannot open an SFTP channel: " + e.getMessage(), e);
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
    if (lower.contains("auth fail") || lower.contains("auth cancel")) {
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
              + timeout.toSeconds()
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
