package cn.zwgk.publisher.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.wagon.providers.ssh.knownhost.KnownHostEntry;
import org.apache.maven.wagon.providers.ssh.knownhost.KnownHostsProvider;

/**
 * The known_hosts file for Wagon's JSch session, with strict checking always on. Unlike Wagon's
 * {@code FileKnownHostsProvider} it never writes the file: a key is trusted only when the
 * maintainer put it there (deploy never learns keys by itself). Immutable and thread-safe.
 */
final class ReadOnlyKnownHosts implements KnownHostsProvider {
  private final Path file;

  ReadOnlyKnownHosts(Path file) {
    this.file = file;
  }

  @Override
  public String getContents() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read known_hosts " + file, e);
    }
  }

  @Override
  public String getHostKeyChecking() {
    return "yes";
  }

  @Override
  public void setHostKeyChecking(String hostKeyChecking) {
    if (!"yes".equals(hostKeyChecking)) {
      throw new IllegalArgumentException("host key checking is always on, not " + hostKeyChecking);
    }
  }

  @Override
  public void addKnownHost(KnownHostEntry knownHost) {
    // Deliberately empty: only the maintainer adds keys to known_hosts.
  }

  @Override
  public void storeKnownHosts(String contents) {
    // Deliberately empty: known_hosts is never rewritten by deploy.
  }
}
