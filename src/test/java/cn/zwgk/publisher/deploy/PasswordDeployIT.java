package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.cli.PublisherCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;

/**
 * Password login with a password encrypted by settings-security.xml's master password, against a
 * real sshd. sshd checks passwords against the system's accounts, so the test creates a throwaway
 * account (needs root and useradd) and removes it afterwards; without root it is skipped, and the
 * decryption itself stays covered by MavenSettingsCredentialsTest and the encrypted-passphrase test
 * of DeployCliIT.
 */
class PasswordDeployIT {
  @Test
  void logsInWithAnEncryptedPasswordFromSettings() throws Exception {
    Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name"))
            && Files.isExecutable(Path.of("/usr/sbin/useradd")),
        "needs root and useradd to create a throwaway account with a password");
    String user = "zwgk" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    String password = "Pw-" + UUID.randomUUID();
    Path dir = Files.createTempDirectory("deploy-password-it");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    run("useradd", "--no-create-home", "--home-dir", dir.toString(), "--shell", "/bin/sh", user);
    try (OpenSshServer server = OpenSshServer.start(dir.resolve("sshd"), true)) {
      Files.setPosixFilePermissions(
          dir.resolve("sshd"), PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.writeString(server.sftpLog, "");
      Files.setPosixFilePermissions(server.sftpLog, PosixFilePermissions.fromString("rw-rw-rw-"));
      run("chown", user, server.docroot.toString());
      chpasswd(user + ":" + password);
      Path site = SyntheticSite.write(dir.resolve("site"), 5, 1000);
      DefaultPlexusCipher cipher = new DefaultPlexusCipher();
      Path security = dir.resolve("settings-security.xml");
      Files.writeString(
          security,
          "<settingsSecurity><master>"
              + cipher.encryptAndDecorate("master", "settings.security")
              + "</master></settingsSecurity>\n");
      Path settings = dir.resolve("settings.xml");
      Files.writeString(
          settings,
          "<settings><servers><server><id>county</id><username>"
              + user
              + "</username><password>"
              + cipher.encryptAndDecorate(password, "master")
              + "</password></server></servers></settings>\n");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status =
          PublisherCli.run(
              new PrintWriter(out),
              new PrintWriter(err),
              "deploy",
              "--site",
              site.toString(),
              "--url",
              server.url("pw"),
              "--server-id",
              "county",
              "--settings",
              settings.toString(),
              "--settings-security",
              security.toString(),
              "--known-hosts",
              server.knownHosts.toString());
      assertEquals(0, status, err.toString());
      Path current = server.docroot.resolve("pw/current");
      assertTrue(Files.isSymbolicLink(current));
      assertEquals(user, Files.getOwner(current.resolve("index.html")).getName());
      assertFalse((out.toString() + err).contains(password));
    } finally {
      run("userdel", user);
      new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
    }
  }

  private static void chpasswd(String line) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("chpasswd").redirectErrorStream(true).start();
    p.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "chpasswd: " + output);
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + output);
  }
}
