package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.cli.PublisherCli;
import cn.zwgk.publisher.deploy.Credentials;
import cn.zwgk.publisher.deploy.DeployException;
import cn.zwgk.publisher.deploy.DeployListener;
import cn.zwgk.publisher.deploy.DeployReport;
import cn.zwgk.publisher.deploy.DeploySettings;
import cn.zwgk.publisher.deploy.DeployTarget;
import cn.zwgk.publisher.deploy.Deployer;
import cn.zwgk.publisher.deploy.OpenSshServer;
import cn.zwgk.publisher.deploy.SyntheticSite;
import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.testing.EnglishCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live site edited on the server (by hand, by an intruder, with the size and time kept as {@code
 * cp -p} does) is repaired by the next deploy instead of being linked into the new release or
 * wedging it; {@code check --verify} reads the documented {@code current} link; near misses:
 * rollback or listing of a folder that does not exist creates nothing, a bad key file is named.
 * Against a real OpenSSH server on 127.0.0.1, shared by the tests (one folder each).
 */
class AlteredLiveSiteIT {
  @TempDir static Path shared;
  @TempDir Path tmp;
  private static OpenSshServer server;

  @BeforeAll
  static void start() throws Exception {
    server = OpenSshServer.start(shared.resolve("sshd"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static Deployer deployer(String folder, Optional<Path> key) {
    return deployer(server, folder, key);
  }

  private static Deployer deployer(OpenSshServer server, String folder, Optional<Path> key) {
    Credentials login =
        new Credentials(
            System.getProperty("user.name"),
            key.or(() -> Optional.of(server.ed25519Key)),
            Optional.empty(),
            Optional.empty(),
            "test login");
    return new Deployer(
        new DeploySettings(
            DeployTarget.parse(server.url(folder)),
            Optional.of(login),
            server.knownHosts,
            5,
            Duration.ofSeconds(60),
            Duration.ofSeconds(180)),
        new DeployListener() {});
  }

  private static Deployer deployer(String folder) {
    return deployer(folder, Optional.empty());
  }

  private static Path current(String folder) {
    return server.docroot.resolve(folder).resolve("current");
  }

  /** Overwrites {@code file} in place with as many other bytes, keeping its modification time. */
  private static void tamperKeepingSizeAndTime(Path file) throws Exception {
    FileTime time = Files.getLastModifiedTime(file);
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < Math.min(bytes.length, 16); i++) {
      bytes[i] = (byte) 'X';
    }
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, time);
  }

  private static void assertServes(String folder, Path site) throws Exception {
    for (String path : SiteManifest.read(site).entries().keySet()) {
      assertArrayEquals(
          Files.readAllBytes(site.resolve(path)),
          Files.readAllBytes(current(folder).resolve(path)),
          path);
    }
  }

  @Test
  void liveFilesEditedOnTheServerAreSentAfreshNotLinked() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 10, 1000);
    deployer("edited").deploy(site, false);
    Path grown = current("edited").resolve(SyntheticSite.reportPath(5));
    Files.writeString(grown, "<script>alert(1)</script>", java.nio.file.StandardOpenOption.APPEND);
    tamperKeepingSizeAndTime(current("edited").resolve(SyntheticSite.reportPath(6)));
    SyntheticSite.changeReport(site, 2, "v2");
    DeployReport report = deployer("edited").deploy(site, false).get(0);
    assertEquals(2, report.repaired());
    assertServes("edited", site);
  }

  @Test
  void anSftpOnlyAccountHasItsLiveFilesReadBackAndRepairedToo() throws Exception {
    try (OpenSshServer sftpOnly = OpenSshServer.startSftpOnly(tmp.resolve("sshd"))) {
      Path site = SyntheticSite.write(tmp.resolve("site"), 5, 1000);
      deployer(sftpOnly, "only", Optional.empty()).deploy(site, false);
      Path current = sftpOnly.docroot.resolve("only").resolve("current");
      tamperKeepingSizeAndTime(current.resolve(SyntheticSite.reportPath(3)));
      SyntheticSite.changeReport(site, 1, "v2");
      DeployReport report = deployer(sftpOnly, "only", Optional.empty()).deploy(site, false).get(0);
      assertEquals(1, report.repaired());
      assertTrue(report.reused() > 0, "the intact files are still linked");
      for (String path : SiteManifest.read(site).entries().keySet()) {
        assertArrayEquals(
            Files.readAllBytes(site.resolve(path)),
            Files.readAllBytes(current.resolve(path)),
            path);
      }
    }
  }

  @Test
  void redeployingTheSameBuildRepairsTheLiveSiteThenHasNothingToDo() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 5, 1000);
    String v1 = deployer("same").deploy(site, false).get(0).releaseId();
    tamperKeepingSizeAndTime(current("same").resolve("index.html"));
    DeployReport repair = deployer("same").deploy(site, false).get(0);
    assertFalse(repair.alreadyLive());
    assertEquals(1, repair.repaired());
    assertNotEquals(v1, repair.releaseId());
    assertServes("same", site);
    assertTrue(deployer("same").deploy(site, false).get(0).alreadyLive());
  }

  @Test
  void checkVerifyComparesTheReleaseBehindTheCurrentLink() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 5, 1000);
    deployer("verify").deploy(site, false);
    String[] args = {"check", "--site", site.toString(), "--verify", current("verify").toString()};
    StringWriter out = new StringWriter();
    assertEquals(
        0,
        PublisherCli.run(
            new PrintWriter(out), new PrintWriter(new StringWriter()), EnglishCli.args(args)),
        out.toString());
    tamperKeepingSizeAndTime(current("verify").resolve(SyntheticSite.reportPath(1)));
    StringWriter after = new StringWriter();
    assertEquals(
        1,
        PublisherCli.run(
            new PrintWriter(after), new PrintWriter(new StringWriter()), EnglishCli.args(args)));
    assertTrue(after.toString().contains(SyntheticSite.reportPath(1)), after.toString());
    assertFalse(after.toString().contains("removed after the build"), after.toString());
  }

  @Test
  void rollbackOrListingOfAMissingFolderIsRefusedAndCreatesNothing() {
    for (Runnable call :
        new Runnable[] {() -> deployer("never").rollback(false), () -> deployer("never").list()}) {
      DeployException e = assertThrows(DeployException.class, call::run);
      assertEquals(
          server.url("never")
              + ": there is no deploy folder there, so nothing was ever deployed to it (check the"
              + " URL; only a deploy creates the folder)",
          e.getMessage());
    }
    assertFalse(Files.exists(server.docroot.resolve("never")));
  }

  @Test
  void aFileThatIsNoPrivateKeyIsNamedWithoutShowingItsContent() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 2, 100);
    Path garbage = tmp.resolve("id_garbage");
    Files.writeString(
        garbage,
        "-----BEGIN OPENSSH PRIVATE KEY-----\nNOTAKEYbutMATERIAL\n",
        StandardCharsets.US_ASCII);
    DeployException e =
        assertThrows(
            DeployException.class,
            () -> deployer("badkey", Optional.of(garbage)).deploy(site, false));
    assertTrue(
        e.getMessage()
            .startsWith("private key file " + garbage + " (test login) is not a private key"),
        e.getMessage());
    assertFalse(e.getMessage().contains("MATERIAL"), e.getMessage());
    Path publicKey = Path.of(server.ed25519Key + ".pub");
    DeployException pub =
        assertThrows(
            DeployException.class,
            () -> deployer("badkey", Optional.of(publicKey)).deploy(site, false));
    assertTrue(pub.getMessage().contains("it is a public key"), pub.getMessage());
    assertFalse(Files.exists(server.docroot.resolve("badkey")));
  }
}
