package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.metadata.ReportLoader;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check reuses a page's findings only while the page and everything its rules read are
 * unchanged: each test changes one thing a page depends on without changing the page, and the
 * incremental check must give exactly the findings of a check from scratch.
 */
class IncrementalCheckIT {
  private static final Clock CLOCK = FixtureSite.CLOCK;
  private static final String TOWNSHIP = "townships/puqianzhen.html";

  @TempDir Path dir;
  Path source;
  Path site;
  Path cache;
  int reused;
  int pages;
  List<String> checked;

  @BeforeEach
  void buildAndCheckOnce() {
    source = cn.zwgk.publisher.testing.FixtureSite.copy("valid-basic", dir.resolve("src"));
    site = dir.resolve("site");
    cache = dir.resolve("check.json");
    rebuild();
    assertSameAsFull(CLOCK);
    assertEquals(0, reused, "the first check has nothing to reuse");
  }

  private void rebuild() {
    new SiteBuilder(CLOCK).build(new BuildRequest(source, site).withoutCheck());
  }

  /** Checks incrementally and from scratch, asserts equal findings; returns the findings. */
  private List<Finding> assertSameAsFull(Clock clock) {
    SiteConfig config = SiteConfig.load(source);
    ReportLoader.Result loaded = new ReportLoader(source, config, "~~~~~~").load();
    CheckInput plain = new CheckInput(site, source, config, loaded.reports());
    SiteChecker checker = new SiteChecker(clock);
    CheckResult incremental =
        checker.check(
            plain.withIncremental(
                new CheckInput.Incremental(
                    cache, SiteManifest.scan(site).hashes(), loaded.sourceHashes(), "test-build")));
    reused = checker.reusedPages();
    checked = checker.checkedPages();
    pages = incremental.checked();
    CheckResult full = new SiteChecker(clock).check(plain);
    assertEquals(full.findings(), incremental.findings());
    return incremental.findings();
  }

  private void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " has " + from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void anUnchangedSiteReusesEveryPage() {
    assertSameAsFull(CLOCK);
    assertEquals(pages, reused);
  }

  @Test
  void aRemovedLinkTargetReChecksThePagesLinkingToIt() throws IOException {
    Files.delete(site.resolve(TOWNSHIP));
    List<Finding> found = assertSameAsFull(CLOCK);
    assertTrue(
        found.stream()
            .anyMatch(
                f ->
                    f.rule().equals("links")
                        && f.page().startsWith("reports/")
                        && f.message().contains(TOWNSHIP)),
        found.toString());
  }

  @Test
  void aRemovedAnchorReChecksThePagesLinkingToItByFragment() throws IOException {
    Path home = site.resolve("index.html");
    edit(home, "</main>", "<p><a href=\"" + TOWNSHIP + "#main\">镇</a></p></main>");
    assertTrue(assertSameAsFull(CLOCK).stream().noneMatch(f -> f.message().contains("#main")));
    edit(site.resolve(TOWNSHIP), "id=\"main\"", "id=\"elsewhere\"");
    List<Finding> found = assertSameAsFull(CLOCK);
    assertTrue(
        found.stream()
            .anyMatch(f -> f.page().equals("index.html") && f.message().contains("#main")),
        found.toString());
  }

  @Test
  void aChangedLinkedReportReChecksThePagesThatLinkToIt() throws IOException {
    // The source changes but the site is not rebuilt: every page's bytes are the same. The
    // report's own page depends on its source; the listings that link to it read it too (link
    // text against its title, its date line), so they are checked again, not only its own page.
    Path report = source.resolve("content/reports/2024/puqianzhen-2024.md");
    String text = Files.readString(report);
    String title = text.lines().filter(l -> l.startsWith("title=")).findFirst().orElseThrow();
    edit(report, title, title + "（修订）");
    assertSameAsFull(CLOCK);
    assertTrue(pages - reused > 1, (pages - reused) + " pages checked again");
  }

  @Test
  void aRemovedReportChangesTheMissingReportsAsAFullCheckDoes() throws IOException {
    // A report is expected from an issuer's first year on: removing 埔前镇's second report
    // leaves a gap once its deadline (2025-03-31) has passed.
    Files.delete(source.resolve("content/reports/2024/puqianzhen-2024.md"));
    rebuild();
    List<Finding> found =
        assertSameAsFull(Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"), ZoneOffset.UTC));
    assertTrue(found.stream().anyMatch(f -> f.rule().equals("missing_report")), found.toString());
    assertTrue(reused > 0, "pages that read nothing removed are reused");
  }

  @Test
  void anEditedReportIsCheckedAgainAndOthersAreNot() throws IOException {
    edit(
        source.resolve("content/reports/2024/puqianzhen-2024.md"),
        "\n\n",
        "\n\n联系电话 13812345678。\n\n");
    rebuild();
    List<Finding> found = assertSameAsFull(CLOCK);
    assertTrue(found.stream().anyMatch(f -> f.rule().equals("personal_data")), found.toString());
    assertTrue(reused > 0 && reused < pages, reused + " of " + pages);
  }

  @Test
  void anEditedReportLeavesTheOtherReportPagesReused() throws IOException {
    // The mandated sections a report page is checked against come from the settings, not from
    // the site's reports: editing one report must not re-check every other report's page.
    edit(source.resolve("content/reports/2024/puqianzhen-2024.md"), "\n\n", "\n\n补充说明。\n\n");
    rebuild();
    assertSameAsFull(CLOCK);
    assertTrue(checked.stream().anyMatch(p -> p.contains("puqianzhen-2024")), checked.toString());
    assertTrue(
        checked.stream().noneMatch(p -> p.contains("pingshan-2023")),
        "another township's report reads nothing that changed: " + checked);
  }

  @Test
  void anotherDayReChecksWhatDependsOnTheDate() {
    assertSameAsFull(Clock.fixed(Instant.parse("2031-06-01T02:00:00Z"), ZoneOffset.UTC));
    assertTrue(reused < pages);
  }

  @Test
  void changedSettingsReCheckEveryPage() throws IOException {
    Files.writeString(
        source.resolve("jbake.properties"),
        "\ncheck.stale_home_days=1\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertSameAsFull(CLOCK);
    assertEquals(0, reused);
  }
}
