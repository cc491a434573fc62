package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;

class MavenSettingsCredentialsTest {
  @TempDir Path tmp;

  private Path settings(String server) throws IOException {
    return Files.writeString(
        tmp.resolve("settings.xml"),
        "<settings><servers><server><id>county</id>" + server + "</server></servers></settings>\n");
  }

  private Credentials read(Path settings, Map<String, String> env) {
    return MavenSettingsCredentials.read(
        settings, tmp.resolve("settings-security.xml"), "county", env);
  }

  @Test
  void decryptsAPasswordEncryptedWithTheMasterPassword() throws Exception {
    DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    Files.writeString(
        tmp.resolve("settings-security.xml"),
        "<settingsSecurity><master>"
            + cipher.encryptAndDecorate("the master", "settings.security")
            + "</master></settingsSecurity>");
    String encrypted = cipher.encryptAndDecorate("s3cret 密码", "the master");
    Credentials login =
        read(
            settings("<username>deploy</username><password>" + encrypted + "</password>"),
            Map.of());
    assertEquals(Optional.of("s3cret 密码"), login.password());
    assertEquals("deploy", login.username());
    assertFalse(login.toString().contains("s3cret"));
  }

  @Test
  void aWrongMasterPasswordIsOneLineNamingBothFiles() throws Exception {
    DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    Files.writeString(
        tmp.resolve("settings-security.xml"),
        "<settingsSecurity><master>"
            + cipher.encryptAndDecorate("another master", "settings.security")
            + "</master></settingsSecurity>");
    Path settings =
        settings(
            "<username>deploy</username><password>"
                + encryptedSoThatAnotherMasterFails(cipher)
                + "</password>");
    DeployException e = assertThrows(DeployException.class, () -> read(settings, Map.of()));
    assertEquals(
        "cannot decrypt the password or passphrase of server \"county\" in "
            + settings
            + " with the master password of "
            + tmp.resolve("settings-security.xml")
            + " (re-encrypt it with mvn --encrypt-password, or check that file)",
        e.getMessage());
  }

  /**
   * "pw" encrypted with "the master". Decrypting AES-CBC with a wrong key fails its padding check
   * 255 times in 256; otherwise it yields garbage without an error (Maven itself then passes the
   * garbage on). The salt is random, so draw one that the wrong master really rejects.
   */
  private static String encryptedSoThatAnotherMasterFails(DefaultPlexusCipher cipher)
      throws Exception {
    for (int i = 0; i < 100; i++) {
      String encrypted = cipher.encryptAndDecorate("pw", "the master");
      try {
        cipher.decryptDecorated(encrypted, "another master");
      } catch (org.sonatype.plexus.components.cipher.PlexusCipherException rejected) {
        return encrypted;
      }
    }
    throw new IllegalStateException("no ciphertext that the wrong master rejects");
  }

  @Test
  void interpolatesEnvironmentVariablesAsMavenDoes() throws IOException {
    Path key = Files.writeString(tmp.resolve("id_ed25519"), "key");
    Credentials login =
        read(
            settings(
                "<username>${env.DEPLOY_USER}</username><privateKey>${env.DEPLOY_KEY}</privateKey>"),
            Map.of("DEPLOY_USER", "county-web", "DEPLOY_KEY", key.toString()));
    assertEquals("county-web", login.username());
    assertEquals(Optional.of(key), login.privateKey());
  }

  @Test
  void anUnsetEnvironmentVariableIsNamed() throws IOException {
    Path settings =
        settings("<username>deploy</username><password>${env.NOT_SET_HERE_X}</password>");
    DeployException e = assertThrows(DeployException.class, () -> read(settings, Map.of()));
    assertEquals(
        "server \"county\" in "
            + settings
            + ": <password> refers to ${env.NOT_SET_HERE_X}, which is not set (set that environment"
            + " variable or property)",
        e.getMessage());
  }

  @Test
  void aMissingServerOrMissingLoginIsNamed() throws IOException {
    Path settings = settings("<username>deploy</username>");
    DeployException none =
        assertThrows(
            DeployException.class,
            () -> MavenSettingsCredentials.read(settings, tmp.resolve("s.xml"), "other", Map.of()));
    assertEquals(
        "no <server> with id \"other\" in "
            + settings
            + " (add one with <username> and <privateKey> or <password>, or fix deploy.serverId;"
            + " see docs/deploy.md)",
        none.getMessage());
    DeployException noLogin = assertThrows(DeployException.class, () -> read(settings, Map.of()));
    assertEquals(
        "server \"county\" in "
            + settings
            + " has neither <privateKey> nor <password> (add one; see docs/deploy.md)",
        noLogin.getMessage());
  }

  @Test
  void aMissingKeyFileIsNamed() throws IOException {
    Path settings =
        settings("<username>deploy</username><privateKey>/nonexistent/key</privateKey>");
    DeployException e = assertThrows(DeployException.class, () -> read(settings, Map.of()));
    assertEquals(
        "server \"county\" in "
            + settings
            + ": <privateKey> /nonexistent/key does not exist or is not readable",
        e.getMessage());
  }
}
