package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zwgk.publisher.manifest.SiteManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestVerifierTest {
  @TempDir Path tmp;
  private Path site;
  private Path deployed;

  @BeforeEach
  void buildAndDeploy() throws IOException {
    site = tmp.resolve("site");
    deployed = tmp.resolve("deployed");
    for (Path root : List.of(site, deployed)) {
      Files.createDirectories(root.resolve("css"));
      Files.writeString(root.resolve("index.html"), "<p>首页</p>");
      Files.writeString(root.resolve("css/site.css"), "body{}");
    }
    SiteManifest.scan(site).write(site);
    SiteManifest.scan(deployed).write(deployed);
  }

  private List<String> verify() {
    return new ManifestVerifier()
        .verify(site, deployed).findings().stream()
            .map(f -> f.page() + ": " + f.message().replaceAll("SHA-256 .*", "SHA-256 …"))
            .toList();
  }

  @Test
  void identicalCopyPasses() {
    assertEquals(List.of(), verify());
  }

  @Test
  void reportsChangedAddedAndRemovedFiles() throws IOException {
    Files.writeString(deployed.resolve("index.html"), "<p>首页</p><a href=//bet.example.com>x</a>");
    Files.writeString(deployed.resolve("x.php"), "<?php");
    Files.delete(deployed.resolve("css/site.css"));
    assertEquals(
        List.of(
            "css/site.css: removed after the build: the build published this file",
            "index.html: changed after the build: SHA-256 …",
            "x.php: added after the build: the build did not publish this file"),
        verify());
  }

  @Test
  void reportsADeployedManifestThatWasRewritten() throws IOException {
    Files.writeString(deployed.resolve("index.html"), "<p>首页!</p>");
    SiteManifest.scan(deployed).write(deployed);
    assertEquals(
        List.of(
            ".manifest.json: changed after the build: the deployed manifest differs from the"
                + " build's",
            "index.html: changed after the build: SHA-256 …"),
        verify());
  }

  @Test
  void siteWithoutManifestIsAnError() throws IOException {
    Files.delete(site.resolve(SiteManifest.FILE_NAME));
    assertThrows(IllegalStateException.class, this::verify);
  }
}
