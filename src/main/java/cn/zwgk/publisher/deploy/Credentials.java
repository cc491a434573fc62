package cn.zwgk.publisher.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Login for an SFTP server, from a {@code <server>} entry of Maven's settings.xml, already
 * decrypted. Exactly one of {@code privateKey} and {@code password} is used: a key wins when both
 * are set. {@link #toString()} never shows the secrets.
 *
 * @param username the account on the server
 * @param privateKey private key file, if the entry has one
 * @param passphrase passphrase of the key, if any
 * @param password password, if the entry has one
 * @param origin where the entry is, for messages: {@code server "id" in /path/settings.xml}
 */
public record Credentials(
    String username,
    Optional<Path> privateKey,
    Optional<String> passphrase,
    Optional<String> password,
    String origin) {
  public Credentials {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(passphrase, "passphrase");
    Objects.requireNonNull(password, "password");
  }

  /** How the login is done, for messages: the key file, or "password". */
  public String method() {
    return privateKey.map(k -> "key " + k).orElse("password");
  }

  /** The passwords and passphrases in here, for redacting messages (never for showing). */
  List<String> secrets() {
    List<String> out = new ArrayList<>();
    passphrase.ifPresent(out::add);
    password.ifPresent(out::add);
    return out;
  }

  @Override
  public String toString() {
    return "Credentials[" + username + ", " + method() + "]";
  }
}
