package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.manifest.SiteManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deploys to a file:// target: the same release logic as SFTP, on the local file system. */
class LocalDeployTest {
  @TempDir Path tmp;

  private Deployer deployer(int keep) {
    DeployTarget target = DeployTarget.parse("file://" + tmp.resolve("www"));
    return new Deployer(
        new DeploySettings(
            target, Optional.empty(), tmp.resolve("none"), keep, Duration.ofSeconds(60)),
        new DeployListener() {});
  }

  private Path site() throws IOException {
    return SyntheticSite.write(tmp.resolve("site"), 20, 2000);
  }

  private Path current() {
    return tmp.resolve("www/current");
  }

  @Test
  void firstDeployFillsAReleaseAndPointsCurrentAtIt() throws IOException {
    Path site = site();
    DeployReport report = deployer(5).deploy(site, false).get(0);
    assertEquals(Path.of("releases/" + report.releaseId()), Files.readSymbolicLink(current()));
    SiteManifest manifest = SiteManifest.read(site);
    assertEquals(manifest.entries().size(), report.uploaded());
    for (String path : manifest.entries().keySet()) {
      assertArrayEquals(
          Files.readAllBytes(site.resolve(path)),
          Files.readAllBytes(current().resolve(path)),
          path);
    }
    assertEquals(manifest.entries(), SiteManifest.read(current()).entries());
  }

  @Test
  void secondDeployHardLinksUnchangedFilesAndLeavesTheOldReleaseAlone() throws IOException {
    Path site = site();
    DeployReport first = deployer(5).deploy(site, false).get(0);
    Path old = tmp.resolve("www/releases/" + first.releaseId());
    byte[] oldReport = Files.readAllBytes(old.resolve(SyntheticSite.reportPath(3)));
    SyntheticSite.changeReport(site, 3, "v2");
    DeployReport second = deployer(5).deploy(site, false).get(0);
    assertEquals(2, second.uploaded());
    assertEquals(SiteManifest.read(site).entries().size() - 2, second.reused());
    Path now = tmp.resolve("www/releases/" + second.releaseId());
    assertEquals(inode(old.resolve("404.html")), inode(now.resolve("404.html")));
    assertNotEquals(inode(old.resolve("index.html")), inode(now.resolve("index.html")));
    assertArrayEquals(oldReport, Files.readAllBytes(old.resolve(SyntheticSite.reportPath(3))));
    assertEquals(Path.of("releases/" + second.releaseId()), Files.readSymbolicLink(current()));
  }

  @Test
  void deployingTheLiveBuildAgainChangesNothing() throws IOException {
    Path site = site();
    DeployReport first = deployer(5).deploy(site, false).get(0);
    DeployReport again = deployer(5).deploy(site, false).get(0);
    assertTrue(again.alreadyLive());
    assertEquals(first.releaseId(), again.releaseId());
    assertEquals(List.of(first.releaseId()), releases());
  }

  @Test
  void dryRunPlansButWritesNothing() throws IOException {
    Path site = site();
    deployer(5).deploy(site, false).get(0);
    List<String> before = tree();
    SyntheticSite.changeReport(site, 1, "dry");
    DeployReport dry = deployer(5).deploy(site, true).get(0);
    assertTrue(dry.dryRun());
    assertEquals(2, dry.uploaded());
    assertEquals(before, tree());
  }

  @Test
  void rollbackReturnsToThePreviousReleaseAndPruningKeepsOnlyKeepOldOnes() throws IOException {
    Path site = site();
    String v1 = deployer(1).deploy(site, false).get(0).releaseId();
    SyntheticSite.changeReport(site, 1, "v2");
    String v2 = deployer(1).deploy(site, false).get(0).releaseId();
    SyntheticSite.changeReport(site, 1, "v3");
    String v3 = deployer(1).deploy(site, false).get(0).releaseId();
    assertEquals(List.of(v2, v3), releases());
    assertFalse(List.of(v2, v3).contains(v1));
    Deployer.Switch back = deployer(1).rollback(false).get(0);
    assertEquals(v2, back.to());
    assertEquals(Path.of("releases/" + v2), Files.readSymbolicLink(current()));
    DeployException none = assertThrows(DeployException.class, () -> deployer(1).rollback(false));
    assertTrue(
        none.getMessage().contains("no complete release older than the live " + v2),
        none.getMessage());
  }

  @Test
  void refusesAFolderThatIsNotAFinishedBuild() throws IOException {
    Path site = site();
    Files.delete(site.resolve(SiteManifest.FILE_NAME));
    DeployException e = assertThrows(DeployException.class, () -> deployer(5).deploy(site, false));
    assertTrue(e.getMessage().contains("is not a finished build of this tool"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("www/releases")));
  }

  @Test
  void refusesAFolderChangedAfterTheBuild() throws IOException {
    Path site = site();
    Files.writeString(site.resolve("index.html"), "edited by hand");
    DeployException e = assertThrows(DeployException.class, () -> deployer(5).deploy(site, false));
    assertEquals(
        site
            + " does not match its .manifest.json: index.html changed (the folder changed after"
            + " the build; run build again)",
        e.getMessage());
  }

  private static Object inode(Path file) throws IOException {
    return Files.getAttribute(file, "unix:ino");
  }

  private List<String> releases() throws IOException {
    try (Stream<Path> s = Files.list(tmp.resolve("www/releases"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private List<String> tree() throws IOException {
    try (Stream<Path> s = Files.walk(tmp.resolve("www"))) {
      return s.map(Path::toString).sorted().toList();
    }
  }
}
