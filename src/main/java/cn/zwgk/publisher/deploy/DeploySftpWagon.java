package cn.zwgk.publisher.deploy;

import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import org.apache.maven.wagon.authentication.AuthenticationException;
import org.apache.maven.wagon.providers.ssh.jsch.SftpWagon;

/**
 * Wagon's SFTP provider with keep-alives, and access to its JSch session so that the operations
 * Wagon lacks (symlink, posix-rename, hard link, remove) run over the same authenticated
 * connection. Wagon's session sets a socket read timeout but no server-alive probe; without one a
 * server that stops answering after the handshake leaves a JSch read waiting forever.
 */
final class DeploySftpWagon extends SftpWagon {
  private final int aliveIntervalMillis;

  DeploySftpWagon(int aliveIntervalMillis) {
    this.aliveIntervalMillis = aliveIntervalMillis;
  }

  @Override
  public void openConnectionInternal() throws AuthenticationException {
    super.openConnectionInternal();
    try {
      session.setServerAliveInterval(aliveIntervalMillis);
      session.setServerAliveCountMax(3);
    } catch (JSchException e) {
      throw new AuthenticationException("cannot set keep-alive: " + e.getMessage(), e);
    }
  }

  /** The connected session; valid between connect and disconnect. */
  Session session() {
    return session;
  }
}
