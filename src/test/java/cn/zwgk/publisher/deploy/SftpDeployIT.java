package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.manifest.SiteManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploys over SFTP to a real OpenSSH sshd on 127.0.0.1 and checks the result on the server's side:
 * the files on disk, what the sftp-server log says was opened for writing, and pages served by a
 * real HTTP server from {@code current}.
 */
class SftpDeployIT {
  /**
   * Silence that ends the frozen deploy: short, since the test waits for it; connecting gets 30 s.
   */
  private static final int FROZEN_SECONDS = 5;

  @TempDir static Path shared;
  @TempDir Path tmp;
  private static OpenSshServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = OpenSshServer.start(shared.resolve("sshd"));
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  static Deployer deployer(
      OpenSshServer sshd, String folder, DeployListener listener, int timeout) {
    Credentials login =
        new Credentials(
            System.getProperty("user.name"),
            Optional.of(sshd.ed25519Key),
            Optional.empty(),
            Optional.empty(),
            "test login");
    DeploySettings settings =
        new DeploySettings(
            DeployTarget.parse(sshd.url(folder)),
            Optional.of(login),
            sshd.knownHosts,
            5,
            Duration.ofSeconds(timeout),
            Duration.ofSeconds(180));
    return new Deployer(settings, listener);
  }

  private static Deployer deployer(String folder) {
    return deployer(server, folder, new DeployListener() {}, 60);
  }

  @Test
  void firstDeployIsServedByteForByteFromCurrent() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 30, 3000);
    DeployReport report = deployer("first").deploy(site, false).get(0);
    Path folder = server.docroot.resolve("first");
    assertEquals(
        Path.of("releases/" + report.releaseId()),
        Files.readSymbolicLink(folder.resolve("current")));
    try (CurrentHttpServer http = new CurrentHttpServer(folder)) {
      for (String path : SiteManifest.read(site).entries().keySet()) {
        assertArrayEquals(Files.readAllBytes(site.resolve(path)), http.get(path), path);
      }
    }
    assertTrue(Files.isRegularFile(folder.resolve("current/附件/说明.txt")));
  }

  @Test
  void aOneReportChangeSendsOnlyTheChangedFiles() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 40, 3000);
    String v1 = deployer("incremental").deploy(site, false).get(0).releaseId();
    Path folder = server.docroot.resolve("incremental");
    Path old = folder.resolve("releases/" + v1);
    long oldMtime = Files.getLastModifiedTime(old.resolve("index.html")).toMillis();
    byte[] oldIndex = Files.readAllBytes(old.resolve("index.html"));
    SyntheticSite.changeReport(site, 7, "v2");
    server.clearLog();
    String v2 = deployer("incremental").deploy(site, false).get(0).releaseId();
    String release = "incremental/releases/" + v2 + "/";
    String part = BuiltSite.PART_SUFFIX;
    assertEquals(
        new TreeSet<>(
            Set.of(
                release + "index.html" + part,
                release + SyntheticSite.reportPath(7) + part,
                release + SiteManifest.FILE_NAME + part)),
        server.writtenFiles());
    Path now = folder.resolve("releases/" + v2);
    for (String path : SiteManifest.read(site).entries().keySet()) {
      boolean changed = path.equals("index.html") || path.equals(SyntheticSite.reportPath(7));
      boolean shared = inode(old.resolve(path)).equals(inode(now.resolve(path)));
      assertEquals(!changed, shared, path);
    }
    assertArrayEquals(oldIndex, Files.readAllBytes(old.resolve("index.html")));
    assertEquals(oldMtime, Files.getLastModifiedTime(old.resolve("index.html")).toMillis());
    try (CurrentHttpServer http = new CurrentHttpServer(folder)) {
      assertArrayEquals(Files.readAllBytes(site.resolve("index.html")), http.get("index.html"));
    }
  }

  @Test
  void dryRunSendsAndChangesNothing() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 10, 1000);
    deployer("dry").deploy(site, false).get(0);
    Set<String> before = tree(server.docroot.resolve("dry"));
    SyntheticSite.changeReport(site, 2, "dry");
    server.clearLog();
    DeployReport dry = deployer("dry").deploy(site, true).get(0);
    assertEquals(2, dry.uploaded());
    assertEquals(Set.of(), server.writtenFiles());
    assertEquals(before, tree(server.docroot.resolve("dry")));
  }

  @Test
  void rollbackAndListing() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 10, 1000);
    String v1 = deployer("rollback").deploy(site, false).get(0).releaseId();
    SyntheticSite.changeReport(site, 2, "v2");
    String v2 = deployer("rollback").deploy(site, false).get(0).releaseId();
    assertEquals(Optional.of(v2), deployer("rollback").list().get(0).live());
    Deployer.Switch back = deployer("rollback").rollback(false).get(0);
    assertEquals(Optional.of(v2), back.from());
    assertEquals(v1, back.to());
    ReleaseListing listing = deployer("rollback").list().get(0);
    assertEquals(Optional.of(v1), listing.live());
    assertEquals(
        java.util.List.of(new Release(v1, true), new Release(v2, true)), listing.releases());
    try (CurrentHttpServer http = new CurrentHttpServer(server.docroot.resolve("rollback"))) {
      assertFalse(
          new String(http.get("index.html"), java.nio.charset.StandardCharsets.UTF_8)
              .contains("v2"));
    }
  }

  @Test
  void aKilledServerLeavesTheLiveReleaseAndTheRerunResumes() throws Exception {
    try (OpenSshServer own = OpenSshServer.start(tmp.resolve("sshd"))) {
      Path site = SyntheticSite.write(tmp.resolve("site"), 60, 20000);
      String v1 =
          deployer(own, "killed", new DeployListener() {}, 60)
              .deploy(site, false)
              .get(0)
              .releaseId();
      for (int n = 0; n < 60; n++) {
        SyntheticSite.changeReport(site, n, "v2-" + n);
      }
      AtomicBoolean killed = new AtomicBoolean();
      DeployListener killer =
          new DeployListener() {
            @Override
            public void uploading(String path, long bytesSent) {
              if (path.equals(SyntheticSite.reportPath(20)) && killed.compareAndSet(false, true)) {
                try {
                  own.kill();
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }
            }
          };
      Path folder = own.docroot.resolve("killed");
      DeployException e =
          assertThrows(
              DeployException.class, () -> deployer(own, "killed", killer, 60).deploy(site, false));
      assertTrue(killed.get());
      assertTrue(e.getMessage().startsWith("sftp://127.0.0.1:" + own.port), e.getMessage());
      assertTrue(e.getMessage().contains("reports/"), e.getMessage());
      assertTrue(
          e.getMessage().contains("the live site is unchanged (current → " + v1 + ")"),
          e.getMessage());
      assertEquals(Path.of("releases/" + v1), Files.readSymbolicLink(folder.resolve("current")));
      resumeAndCheck(own, "killed", site, v1);
    }
  }

  @Test
  void aFrozenServerEndsTheDeployInBoundedTimeAndTheRerunResumes() throws Exception {
    try (OpenSshServer own = OpenSshServer.start(tmp.resolve("sshd"))) {
      Path site = SyntheticSite.write(tmp.resolve("site"), 60, 20000);
      String v1 =
          deployer(own, "frozen", new DeployListener() {}, 60)
              .deploy(site, false)
              .get(0)
              .releaseId();
      for (int n = 0; n < 60; n++) {
        SyntheticSite.changeReport(site, n, "v2-" + n);
      }
      AtomicBoolean frozen = new AtomicBoolean();
      DeployListener freezer =
          new DeployListener() {
            @Override
            public void uploading(String path, long bytesSent) {
              if (path.equals(SyntheticSite.reportPath(20)) && frozen.compareAndSet(false, true)) {
                try {
                  own.freeze();
                } catch (IOException | InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }
            }
          };
      DeployException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(600),
              () ->
                  assertThrows(
                      DeployException.class,
                      () -> deployer(own, "frozen", freezer, FROZEN_SECONDS).deploy(site, false)));
      assertTrue(frozen.get());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "sftp://127.0.0.1:"
                      + own.port
                      + own.docroot.resolve("frozen")
                      + " did not answer for "
                      + FROZEN_SECONDS
                      + " s while "),
          e.getMessage());
      assertTrue(e.getMessage().contains("reports/"), e.getMessage());
      Path folder = own.docroot.resolve("frozen");
      assertEquals(Path.of("releases/" + v1), Files.readSymbolicLink(folder.resolve("current")));
      own.thaw();
      resumeAndCheck(own, "frozen", site, v1);
    }
  }

  /** Re-runs the interrupted deploy: files already verified on the server are not sent again. */
  private static void resumeAndCheck(OpenSshServer sshd, String name, Path site, String v1)
      throws Exception {
    Path folder = sshd.docroot.resolve(name);
    String partial = incomplete(folder, v1);
    Path release = folder.resolve("releases/" + partial);
    Set<String> done;
    try (Stream<Path> s = Files.walk(release)) {
      done =
          s.filter(Files::isRegularFile)
              .map(p -> name + "/releases/" + partial + "/" + release.relativize(p))
              .filter(p -> !p.endsWith(BuiltSite.PART_SUFFIX))
              .collect(Collectors.toSet());
    }
    assertFalse(done.isEmpty());
    if (!sshd.isRunning()) {
      sshd.restart();
    }
    sshd.clearLog();
    DeployReport again =
        deployer(sshd, name, new DeployListener() {}, 60).deploy(site, false).get(0);
    assertEquals(partial, again.releaseId());
    assertTrue(again.resumed() > 0);
    for (String written : sshd.writtenFiles()) {
      String finalName = written.substring(0, written.length() - BuiltSite.PART_SUFFIX.length());
      assertFalse(done.contains(finalName), finalName + " was sent again");
    }
    assertEquals(Path.of("releases/" + partial), Files.readSymbolicLink(folder.resolve("current")));
    try (CurrentHttpServer http = new CurrentHttpServer(folder)) {
      for (String path : SiteManifest.read(site).entries().keySet()) {
        assertArrayEquals(Files.readAllBytes(site.resolve(path)), http.get(path), path);
      }
    }
  }

  private static String incomplete(Path folder, String live) throws IOException {
    try (Stream<Path> s = Files.list(folder.resolve("releases"))) {
      return s.map(p -> p.getFileName().toString())
          .filter(id -> !id.equals(live))
          .findFirst()
          .orElseThrow();
    }
  }

  private static Object inode(Path file) throws IOException {
    return Files.getAttribute(file, "unix:ino");
  }

  private static Set<String> tree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> p + " " + p.toFile().lastModified())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
