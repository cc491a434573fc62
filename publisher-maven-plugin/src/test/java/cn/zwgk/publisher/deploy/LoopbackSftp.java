package cn.zwgk.publisher.deploy;

import java.nio.file.Path;

/**
 * The tool's real OpenSSH test server ({@code OpenSshServer}, package-private in the tool's test
 * jar), opened up for the Maven plugin's portal tests: sshd on 127.0.0.1 with its own keys.
 */
public final class LoopbackSftp implements AutoCloseable {
  private final OpenSshServer server;

  private LoopbackSftp(OpenSshServer server) {
    this.server = server;
  }

  /** Starts sshd with its keys, config and docroot under {@code dir}. */
  public static LoopbackSftp start(Path dir) throws Exception {
    return new LoopbackSftp(OpenSshServer.start(dir));
  }

  /** The deploy URL of {@code folder} under the server's docroot. */
  public String url(String folder) {
    return server.url(folder);
  }

  /** {@code folder} under the docroot, as a local path (the server runs on this machine). */
  public Path docroot(String folder) {
    return server.docroot.resolve(folder);
  }

  public Path knownHosts() {
    return server.knownHosts;
  }

  /** An unencrypted client key the server accepts. */
  public Path clientKey() {
    return server.ed25519Key;
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
