package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several targets on the local file system: how they are configured, and the all-or-nothing switch
 * (the same logic as over SFTP, tested there with real servers in MirrorDeployIT).
 */
class LocalMirrorsTest {
  @TempDir Path tmp;

  private DeploySettings target(String name) {
    return new DeploySettings(
        DeployTarget.parse("file://" + tmp.resolve(name)),
        Optional.empty(),
        tmp.resolve("none"),
        5,
        Duration.ofSeconds(60));
  }

  private Deployer mirrors(String... names) {
    return new Deployer(
        java.util.Arrays.stream(names).map(this::target).toList(), new DeployListener() {});
  }

  private String live(String name) throws IOException {
    return Files.readSymbolicLink(tmp.resolve(name).resolve("current")).getFileName().toString();
  }

  private static DeploySettings.Overrides overrides(List<String> urls, List<String> ids) {
    return new DeploySettings.Overrides(
        urls,
        ids,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void targetsComeFromTheConfiguredListInOrder() {
    SiteConfig config =
        SiteConfig.parse(
            "deploy.targets=b, a\n"
                + "deploy.target.a.url=file://"
                + tmp.resolve("a")
                + "\ndeploy.target.b.url=file://"
                + tmp.resolve("b")
                + "\n");
    List<DeploySettings> all =
        DeploySettings.resolveAll(config, overrides(List.of(), List.of()), Map.of());
    assertEquals(
        List.of("file://" + tmp.resolve("b"), "file://" + tmp.resolve("a")),
        all.stream().map(s -> s.target().toString()).toList());
  }

  @Test
  void commandLineUrlsWinAndMustPairWithTheirServerIds() {
    SiteConfig config = SiteConfig.parse("deploy.url=file:///srv/never\n");
    String a = "file://" + tmp.resolve("a");
    String b = "file://" + tmp.resolve("b");
    assertEquals(
        2, DeploySettings.resolveAll(config, overrides(List.of(a, b), List.of()), Map.of()).size());
    DeployException pairs =
        assertThrows(
            DeployException.class,
            () ->
                DeploySettings.resolveAll(
                    config, overrides(List.of(a, b), List.of("x", "y", "z")), Map.of()));
    assertEquals(
        "2 --url but 3 --server-id (expected one --server-id per --url, in the same order, or one"
            + " for all)",
        pairs.getMessage());
    DeployException twice =
        assertThrows(
            DeployException.class,
            () -> DeploySettings.resolveAll(config, overrides(List.of(a, a), List.of()), Map.of()));
    assertEquals(
        "deploy target " + a + " is listed twice (each server once, please)", twice.getMessage());
  }

  @Test
  void aListedTargetWithoutUrlOrBothFormsAreRefused() {
    DeployException missing =
        assertThrows(
            DeployException.class,
            () ->
                DeploySettings.resolveAll(
                    SiteConfig.parse("deploy.targets=a\n"),
                    overrides(List.of(), List.of()),
                    Map.of()));
    assertTrue(
        missing.getMessage().startsWith("deploy.targets names \"a\" but jbake.properties has no"),
        missing.getMessage());
    assertThrows(
        DeployException.class,
        () ->
            DeploySettings.resolveAll(
                SiteConfig.parse(
                    "deploy.url=file:///x\ndeploy.targets=a\ndeploy.target.a.url=file:///y\n"),
                overrides(List.of(), List.of()),
                Map.of()));
  }

  @Test
  void theCommandLineTakesRepeatedUrlsAndReportsEachTarget() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 3, 300);
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    String a = "file://" + tmp.resolve("a");
    String b = "file://" + tmp.resolve("b");
    int status =
        cn.zwgk.publisher.cli.PublisherCli.run(
            new java.io.PrintWriter(out),
            new java.io.PrintWriter(err),
            "deploy",
            "--source",
            tmp.toString(),
            "--site",
            site.toString(),
            "--url",
            a,
            "--url",
            b);
    assertEquals(0, status, err.toString());
    // Printed in Chinese, the default language.
    assertTrue(out.toString().contains("已上线：" + a + " 上的版本 "), out.toString());
    assertTrue(out.toString().contains("已上线：" + b + " 上的版本 "), out.toString());
    assertTrue(out.toString().contains("（之前是 无）"), out.toString());
    assertEquals(live("a").substring(19), live("b").substring(19), "the same build on both");
  }

  @Test
  void aSwitchThatFailsOnTheSecondTargetSwitchesTheFirstBack() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 5, 500);
    List<DeployReport> v1 = mirrors("a", "b").deploy(site, false);
    SyntheticSite.changeReport(site, 1, "v2");
    DeployListener breaker =
        new DeployListener() {
          @Override
          public void step(cn.zwgk.publisher.problem.Text step) {
            String description = step.toString();
            if (description.startsWith("switching current on file://" + tmp.resolve("b"))) {
              try {
                // A folder where the link should be: the rename over it fails.
                Files.delete(tmp.resolve("b/current"));
                Files.createDirectories(tmp.resolve("b/current/x"));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            }
          }
        };
    Deployer broken = new Deployer(List.of(target("a"), target("b")), breaker);
    DeployException e = assertThrows(DeployException.class, () -> broken.deploy(site, false));
    assertTrue(
        e.getMessage()
            .contains("file://" + tmp.resolve("a") + " is on release " + v1.get(0).releaseId()),
        e.getMessage());
    assertEquals(v1.get(0).releaseId(), live("a"));
  }

  @Test
  void rollbackAcrossTargetsThatWouldServeDifferentBuildsIsRefused() throws Exception {
    Path site = SyntheticSite.write(tmp.resolve("site"), 5, 500);
    mirrors("a").deploy(site, false);
    SyntheticSite.changeReport(site, 1, "v2");
    mirrors("b").deploy(site, false);
    SyntheticSite.changeReport(site, 2, "v3");
    List<DeployReport> v3 = mirrors("a", "b").deploy(site, false);
    DeployException e =
        assertThrows(DeployException.class, () -> mirrors("a", "b").rollback(false));
    assertTrue(
        e.getMessage().startsWith("rolling back would leave the servers serving different builds"),
        e.getMessage());
    assertEquals(v3.get(0).releaseId(), live("a"));
    assertEquals(v3.get(1).releaseId(), live("b"));
  }
}
