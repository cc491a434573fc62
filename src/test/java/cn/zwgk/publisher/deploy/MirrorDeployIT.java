package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.manifest.SiteManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mirror at once, against three real OpenSSH servers on 127.0.0.1: a deploy switches {@code
 * current} on all of them or on none; a server killed during its upload leaves every server on the
 * old release, and one that fails its switch has the others switched back; rollback and listing
 * work across all. Each test uses its own deploy folder on the three shared servers.
 */
class MirrorDeployIT {
  @TempDir static Path shared;
  @TempDir Path tmp;
  private static OpenSshServer a;
  private static OpenSshServer b;
  private static OpenSshServer c;

  @BeforeAll
  static void startServers() throws Exception {
    a = OpenSshServer.start(shared.resolve("a"));
    b = OpenSshServer.start(shared.resolve("b"));
    c = OpenSshServer.start(shared.resolve("c"));
  }

  @AfterAll
  static void stopServers() throws Exception {
    for (OpenSshServer s : new OpenSshServer[] {a, b, c}) {
      s.close();
    }
  }

  private static DeploySettings target(OpenSshServer sshd, String folder) {
    Credentials login =
        new Credentials(
            System.getProperty("user.name"),
            Optional.of(sshd.ed25519Key),
            Optional.empty(),
            Optional.empty(),
            "test login");
    return new DeploySettings(
        DeployTarget.parse(sshd.url(folder)),
        Optional.of(login),
        sshd.knownHosts,
        5,
        Duration.ofSeconds(60),
        Duration.ofSeconds(180));
  }

  private static Deployer mirrors(String folder, DeployListener listener) {
    return new Deployer(List.of(target(a, folder), target(b, folder), target(c, folder)), listener);
  }

  private static Deployer mirrors(String folder) {
    return mirrors(folder, new DeployListener() {});
  }

  private static String live(OpenSshServer sshd, String folder) throws Exception {
    return Files.readSymbolicLink(sshd.docroot.resolve(folder).resolve("current"))
        .getFileName()
        .toString();
  }

  private static void assertServes(OpenSshServer sshd, String folder, Path site) throws Exception {
    Path current = sshd.docroot.resolve(folder).resolve("current");
    for (String path : SiteManifest.read(site).entries().keySet()) {
      assertArrayEquals(
          Files.readAllBytes(site.resolve(path)), Files.readAllBytes(current.resolve(path)), path);
    }
  }

  /** A listener that runs {@code action} once, when a step starts with {@code prefix}. */
  private static DeployListener onStep(String prefix, Runnable action) {
    AtomicBoolean done = new AtomicBoolean();
    return new DeployListener() {
      @Override
      public void step(cn.zwgk.publisher.problem.Text step) {
        String description = step.toString();
        if (description.startsWith(prefix) && done.compareAndSet(false, true)) {
          action.run();
        }
      }
    };
  }

  private static void kill(OpenSshServer sshd) {
    try {
      sshd.kill();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyMirrorGoesLiveTogetherListsAndRollsBackTogether() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 10, 1000);
    List<DeployReport> first = mirrors("all").deploy(site, false);
    assertEquals(3, first.size());
    SyntheticSite.changeReport(site, 3, "v2");
    List<DeployReport> second = mirrors("all").deploy(site, false);
    OpenSshServer[] servers = {a, b, c};
    for (int i = 0; i < 3; i++) {
      assertEquals(second.get(i).releaseId(), live(servers[i], "all"));
      assertEquals(Optional.of(first.get(i).releaseId()), second.get(i).previous());
      assertServes(servers[i], "all", site);
    }
    List<ReleaseListing> listings = mirrors("all").list();
    for (int i = 0; i < 3; i++) {
      assertEquals(servers[i].url("all"), listings.get(i).server());
      assertEquals(Optional.of(second.get(i).releaseId()), listings.get(i).live());
      assertEquals(2, listings.get(i).releases().size());
    }
    List<Deployer.Switch> back = mirrors("all").rollback(false);
    for (int i = 0; i < 3; i++) {
      assertEquals(first.get(i).releaseId(), back.get(i).to());
      assertEquals(first.get(i).releaseId(), live(servers[i], "all"));
    }
  }

  @Test
  void aMirrorKilledDuringItsUploadLeavesEveryMirrorOnTheOldRelease() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 40, 20000);
    List<DeployReport> v1 = mirrors("killed").deploy(site, false);
    for (int n = 0; n < 40; n++) {
      SyntheticSite.changeReport(site, n, "v2-" + n);
    }
    AtomicBoolean uploadingToB = new AtomicBoolean();
    AtomicBoolean killed = new AtomicBoolean();
    DeployListener killer =
        new DeployListener() {
          @Override
          public void step(cn.zwgk.publisher.problem.Text step) {
            String description = step.toString();
            uploadingToB.set(description.equals("uploading to " + b.url("killed")));
          }

          @Override
          public void uploading(String path, long bytesSent) {
            if (uploadingToB.get()
                && path.startsWith("reports/")
                && killed.compareAndSet(false, true)) {
              kill(b);
            }
          }
        };
    try {
      DeployException e =
          assertThrows(DeployException.class, () -> mirrors("killed", killer).deploy(site, false));
      assertTrue(killed.get());
      assertTrue(e.getMessage().startsWith(b.url("killed")), e.getMessage());
      assertTrue(
          e.getMessage().contains("current was not switched on any of the 3 servers"),
          e.getMessage());
      assertEquals(v1.get(0).releaseId(), live(a, "killed"));
      assertEquals(v1.get(1).releaseId(), live(b, "killed"));
      assertEquals(v1.get(2).releaseId(), live(c, "killed"));
    } finally {
      b.restart();
    }
    List<DeployReport> again = mirrors("killed").deploy(site, false);
    assertEquals(0, again.get(0).uploaded(), "a's release was complete and is reused");
    assertTrue(again.get(1).resumed() > 0, "b resumes where it was killed");
    for (OpenSshServer s : new OpenSshServer[] {a, b, c}) {
      assertServes(s, "killed", site);
    }
  }

  @Test
  void aSwitchThatFailsOnOneMirrorIsUndoneOnTheOthers() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 10, 1000);
    List<DeployReport> v1 = mirrors("switch").deploy(site, false);
    SyntheticSite.changeReport(site, 4, "v2");
    DeployListener killer = onStep("switching current on " + c.url("switch"), () -> kill(c));
    try {
      DeployException e =
          assertThrows(DeployException.class, () -> mirrors("switch", killer).deploy(site, false));
      assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
      String v1a = v1.get(0).releaseId();
      String v1b = v1.get(1).releaseId();
      assertTrue(
          e.getMessage().contains(a.url("switch") + " is on release " + v1a), e.getMessage());
      assertTrue(
          e.getMessage().contains(b.url("switch") + " is on release " + v1b), e.getMessage());
      assertTrue(
          e.getMessage().contains("could not make sure that " + c.url("switch")), e.getMessage());
      assertEquals(v1a, live(a, "switch"));
      assertEquals(v1b, live(b, "switch"));
      assertEquals(v1.get(2).releaseId(), live(c, "switch"));
    } finally {
      c.restart();
    }
    mirrors("switch").deploy(site, false);
    for (OpenSshServer s : new OpenSshServer[] {a, b, c}) {
      assertServes(s, "switch", site);
    }
  }

  @Test
  void rollbackIsRefusedEverywhereWhenOneMirrorHasNothingOlder() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 5, 500);
    new Deployer(target(a, "uneven"), new DeployListener() {}).deploy(site, false);
    SyntheticSite.changeReport(site, 1, "v2");
    Deployer two =
        new Deployer(List.of(target(a, "uneven"), target(b, "uneven")), new DeployListener() {});
    List<DeployReport> v2 = two.deploy(site, false);
    DeployException e = assertThrows(DeployException.class, () -> two.rollback(false));
    assertTrue(
        e.getMessage().startsWith(b.url("uneven") + ": no complete release older"), e.getMessage());
    assertEquals(v2.get(0).releaseId(), live(a, "uneven"));
    assertEquals(v2.get(1).releaseId(), live(b, "uneven"));
  }
}
