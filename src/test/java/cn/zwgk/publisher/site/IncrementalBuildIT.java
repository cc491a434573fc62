package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build after a change gives exactly the bytes a clean build of the changed source
 * gives, and rewrites only what the change touches; its check (reusing the previous check's
 * findings for pages whose inputs did not change) gives exactly the findings of a clean build's.
 */
class IncrementalBuildIT {
  private static final java.time.Clock CLOCK =
      java.time.Clock.fixed(
          java.time.Instant.parse("2025-02-01T02:00:00Z"), java.time.ZoneOffset.UTC);

  @TempDir Path dir;
  Path site;
  Path output;
  int cleanFiles;

  /**
   * A builder kept across the rebuilds, as the preview keeps one: what it remembers between builds
   * (validation results, page models) must give the same site as a fresh one.
   */
  SiteBuilder kept;

  Path keptOutput;

  @BeforeEach
  void buildOnce() {
    site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    output = dir.resolve("out");
    BuildSummary first = new SiteBuilder(CLOCK).build(new BuildRequest(site, output));
    cleanFiles = first.pages().written();
    assertEquals(0, first.pages().reused());
    kept = new SiteBuilder(CLOCK);
    keptOutput = dir.resolve("kept");
    kept.build(new BuildRequest(site, keptOutput));
  }

  /**
   * Rebuilds incrementally, builds clean elsewhere, both checked, asserts equal bytes and equal
   * check results; returns the summary.
   */
  private BuildSummary rebuildAndCompare() {
    BuildSummary incremental = new SiteBuilder(CLOCK).build(new BuildRequest(site, output));
    Path clean = dir.resolve("clean-" + System.nanoTime());
    BuildSummary full = new SiteBuilder(CLOCK).build(new BuildRequest(site, clean).withFull(true));
    assertEquals(
        full.warnings().stream().map(p -> p.format()).sorted().toList(),
        incremental.warnings().stream().map(p -> p.format()).sorted().toList(),
        "check results of the incremental build");
    Map<String, SiteManifest.Entry> expected = SiteManifest.scan(clean).entries();
    assertEquals(expected, SiteManifest.scan(output).entries());
    kept.build(new BuildRequest(site, keptOutput));
    assertEquals(expected, SiteManifest.scan(keptOutput).entries(), "a builder kept across builds");
    assertEquals(
        expected, SiteManifest.read(output).entries(), "manifest of the incremental build");
    return incremental;
  }

  private void replace(String file, String from, String to) throws IOException {
    Path p = site.resolve(file);
    String text = Files.readString(p);
    assertTrue(text.contains(from), from);
    Files.writeString(p, text.replace(from, to));
  }

  @Test
  void unchangedSourceRewritesNothing() {
    BuildSummary again = rebuildAndCompare();
    assertEquals(0, again.pages().written());
    assertEquals(cleanFiles, again.pages().reused());
  }

  @Test
  void editOfOneReportRewritesOnlyItsPageAndTheSearchIndex() throws IOException {
    Map<String, SiteManifest.Entry> before = SiteManifest.scan(output).entries();
    replace("content/reports/2023/pingshan-2023.md", "坪山镇的报告正文。", "坪山镇的报告正文（已更正）。");
    BuildSummary s = rebuildAndCompare();
    Map<String, SiteManifest.Entry> after = SiteManifest.scan(output).entries();
    List<String> changed =
        after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).sorted().toList();
    assertEquals(
        List.of("reports/2023/pingshan-2023.html"),
        changed.stream().filter(p -> !p.startsWith("search/")).toList(),
        "only the report page: its body is shown on no other page");
    assertTrue(changed.stream().anyMatch(p -> p.startsWith("search/terms/")), changed.toString());
    assertTrue(
        s.pages().written() < s.pages().total(),
        "unchanged search files are kept, not rewritten: " + s.pages());
  }

  @Test
  void searchIndexIsReusedWhenNoReportChanged() throws IOException {
    replace("templates/grid.ftlh", "<h1>公开情况总览</h1>", "<h1>公开情况一览</h1>");
    BuildSummary s = rebuildAndCompare();
    assertEquals(1, s.pages().written(), "grid.html only; the search index is linked, not rebuilt");
  }

  @Test
  void titleEditRewritesTheReportItsNeighboursAndListings() throws IOException {
    replace("content/reports/2023/puqianzhen-2023.md", "title=埔前镇2023年", "title=埔前镇二〇二三年");
    BuildSummary s = rebuildAndCompare();
    assertTrue(
        s.pages().written() >= 5 && s.pages().written() < cleanFiles,
        "written " + s.pages().written());
  }

  @Test
  void additionIsIncrementalAndEqualToClean() throws IOException {
    Files.writeString(
        site.resolve("content/reports/2024/pingshan-2024.md"),
        Files.readString(site.resolve("content/reports/2023/pingshan-2023.md"))
            .replace("date=2024-02-01", "date=2025-02-01")
            .replace("730470987/2024-00001", "730470987/2025-00001")
            .replace("year=2023", "year=2024")
            .replace("2023年", "2024年"));
    BuildSummary s = rebuildAndCompare();
    assertTrue(s.pages().reused() > 0);
  }

  @Test
  void deletionRemovesThePage() throws IOException {
    Files.delete(site.resolve("content/reports/2023/pingshan-2023.md"));
    rebuildAndCompare();
    assertTrue(Files.notExists(output.resolve("reports/2023/pingshan-2023.html")));
    assertTrue(Files.notExists(output.resolve("townships/pingshanzhen.html")));
  }

  @Test
  void renameMovesThePage() throws IOException {
    Files.move(
        site.resolve("content/reports/2023/pingshan-2023.md"),
        site.resolve("content/reports/2023/ps-2023.md"));
    rebuildAndCompare();
    assertTrue(Files.exists(output.resolve("reports/2023/ps-2023.html")));
    assertTrue(Files.notExists(output.resolve("reports/2023/pingshan-2023.html")));
  }

  @Test
  void templateChangeRewritesEveryPageUsingIt() throws IOException {
    replace("templates/grid.ftlh", "<h1>公开情况总览</h1>", "<h1>公开情况一览</h1>");
    assertEquals(1, rebuildAndCompare().pages().written(), "grid.html only");
    replace("templates/_layout.ftlh", "跳到正文", "跳至正文");
    BuildSummary s = rebuildAndCompare();
    assertTrue(
        s.pages().written() >= 13, "every HTML page uses the layout: " + s.pages().written());
  }

  @Test
  void changedAssetIsCopiedAndOthersReused() throws IOException {
    Files.writeString(
        site.resolve("assets/css/site.css"),
        "\n/* changed */\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(1, rebuildAndCompare().pages().written());
  }

  @Test
  void corruptCacheIsDetectedAndEverythingRebuilt() throws IOException {
    Files.writeString(BuildCache.fileFor(output), "{not json");
    BuildSummary s = rebuildAndCompare();
    assertEquals(0, s.pages().reused());
    assertTrue(
        s.pages().cacheNote().orElseThrow().toString().contains("is unreadable"),
        String.valueOf(s.pages().cacheNote()));
  }

  @Test
  void tamperedOutputPageIsRenderedAgainNotTrusted() throws IOException {
    Path page = output.resolve("reports/2024/puqianzhen-2024.html");
    Files.writeString(page, Files.readString(page).replace("埔前镇", "某镇"));
    BuildSummary s = rebuildAndCompare();
    assertEquals(1, s.pages().written());
  }

  @Test
  void sameSizeTamperingWithTheTimePutBackIsCaught() throws IOException {
    Path page = output.resolve("reports/2024/puqianzhen-2024.html");
    var time = Files.getLastModifiedTime(page);
    String text = Files.readString(page);
    assertTrue(text.contains("埔前镇"));
    // As `cp -p` does: same file, same size, other bytes, the modification time put back.
    Files.writeString(page, text.replace("埔前镇", "某某镇"));
    Files.setLastModifiedTime(page, time);
    assertEquals(
        Files.size(output.resolve("reports/2024/puqianzhen-2024.html")),
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    assertEquals(1, rebuildAndCompare().pages().written());
  }

  @Test
  void aFileReplacedByRenameWithItsTimeKeptIsCaught() throws IOException {
    Path page = output.resolve("reports/2024/puqianzhen-2024.html");
    var time = Files.getLastModifiedTime(page);
    // As `rsync -t` does: a new file beside it, given the old time, renamed over it.
    Path tmp = page.resolveSibling(".puqianzhen-2024.html.tmp");
    Files.writeString(tmp, Files.readString(page).replace("埔前镇", "某某镇"));
    Files.setLastModifiedTime(tmp, time);
    Files.move(tmp, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(1, rebuildAndCompare().pages().written());
  }

  @Test
  void anotherBuildOfThePublisherRendersEveryPageAgain() throws IOException {
    Map<String, Long> before = pageInodes();
    new SiteBuilder(CLOCK).asCode("another-build").build(new BuildRequest(site, output));
    Map<String, Long> after = pageInodes();
    assertEquals(before.keySet(), after.keySet());
    before.forEach(
        (page, inode) ->
            assertTrue(!inode.equals(after.get(page)), page + " was kept from the old publisher"));
    assertEquals(SiteManifest.scan(output).entries(), SiteManifest.read(output).entries());
  }

  /** Every page of the output and its inode (a page written again is a new file). */
  private Map<String, Long> pageInodes() throws IOException {
    Map<String, Long> inodes = new java.util.TreeMap<>();
    try (var walk = Files.walk(output)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String name = p.getFileName().toString();
        if (name.endsWith(".html") || name.endsWith(".xml")) {
          inodes.put(output.relativize(p).toString(), (Long) Files.getAttribute(p, "unix:ino"));
        }
      }
    }
    return inodes;
  }
}
