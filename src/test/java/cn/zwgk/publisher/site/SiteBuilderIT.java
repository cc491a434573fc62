package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.site.jbake.ReportMarkupEngine;
import cn.zwgk.publisher.testing.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jbake.parser.Engines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full bakes of fixture sites: pages and indexes, escaping, determinism, swap on success. */
class SiteBuilderIT {
  @TempDir static Path temp;
  static Path source;
  static Path output;
  static BuildSummary summary;

  @BeforeAll
  static void buildValidSite() {
    source = FixtureSite.copy("valid-basic", temp.resolve("src"));
    output = temp.resolve("out");
    // The check gate has its own tests; these are about baking what validation let through.
    summary = new SiteBuilder().build(new BuildRequest(source, output).withoutCheck());
  }

  private static Document page(String uri) throws IOException {
    return Jsoup.parse(output.resolve(uri).toFile(), "UTF-8");
  }

  @Test
  void summaryCountsPublishedReportsDraftsTownshipsAndYears() {
    assertEquals(3, summary.published());
    assertEquals(1, summary.drafts());
    assertEquals(2, summary.townships());
    assertEquals(2, summary.counties());
    assertEquals(List.of(2023, 2024), summary.years());
    assertEquals(output, summary.output());
    assertEquals(1, summary.warnings().size(), "the draft needs an editor");
  }

  @Test
  void writesEveryPageAtAStableAsciiUrl() {
    for (String uri :
        List.of(
            "index.html",
            "404.html",
            "grid.html",
            "feed.xml",
            "sitemap.xml",
            "townships/index.html",
            "townships/puqianzhen.html",
            "townships/pingshanzhen.html",
            "years/index.html",
            "years/2023.html",
            "years/2024.html",
            "reports/2024/puqianzhen-2024.html",
            "reports/2023/puqianzhen-2023.html",
            "reports/2023/pingshan-2023.html",
            "css/site.css",
            "css/print.css",
            "js/site.js",
            SiteManifest.FILE_NAME)) {
      assertTrue(Files.isRegularFile(output.resolve(uri)), uri);
    }
  }

  @Test
  void neverPublishesDrafts() throws IOException {
    assertFalse(Files.exists(output.resolve("reports/2023/draft-2023.html")));
    assertFalse(Files.exists(output.resolve("reports/2023/draft-2023-draft.html")));
    for (String uri :
        List.of("index.html", "sitemap.xml", "feed.xml", "years/2023.html", "grid.html")) {
      assertFalse(Files.readString(output.resolve(uri)).contains("draft-2023"), uri);
    }
  }

  @Test
  void reportPageShowsMetadataInNationalOrderAndTheControls() throws IOException {
    Document d = page("reports/2024/puqianzhen-2024.html");
    assertEquals("zh-CN", d.selectFirst("html").attr("lang"));
    assertEquals(
        List.of("索引号", "分类", "发布机构", "成文日期", "名称", "文号", "发布日期", "主题词"),
        d.select("table.doc-meta th").eachText());
    assertEquals(
        List.of(
            "11441602730470987N/2025-00002",
            "工作报告",
            "河源市源城区埔前镇人民政府",
            "2024-12-28",
            "埔前镇2024年法治政府建设年度报告",
            "埔府〔2025〕1号",
            "2025-01-02",
            "法治政府，年度报告"),
        d.select("table.doc-meta td").eachText());
    assertEquals("埔前镇2024年法治政府建设年度报告", d.selectFirst("h1").text());
    assertEquals(List.of("打印", "大", "中", "小"), d.select(".report-controls button").eachText());
    assertEquals(List.of("一、主要举措和成效", "二、其他需要报告的情况"), d.select(".report-body h2").eachText());
    assertEquals("（一）深化法治宣传，营造浓厚氛围", d.selectFirst(".report-body h3").text());
    assertEquals("1. 集中宣传", d.selectFirst(".report-body h4").text());
    assertEquals("（1）法律明白人", d.selectFirst(".report-body h5").text());
  }

  @Test
  void reportPageCarriesGovernmentMetaTags() throws IOException {
    Document d = page("reports/2024/puqianzhen-2024.html");
    assertEquals("埔前镇2024年法治政府建设年度报告", d.selectFirst("meta[name=ArticleTitle]").attr("content"));
    assertEquals("2025-01-02", d.selectFirst("meta[name=PubDate]").attr("content"));
    assertEquals("河源市源城区埔前镇人民政府", d.selectFirst("meta[name=ContentSource]").attr("content"));
    assertTrue(d.selectFirst("meta[name=SiteName]") != null);
  }

  @Test
  void reportPageLinksPreviousAndNextReportOfTheSameTownship() throws IOException {
    Document newer = page("reports/2024/puqianzhen-2024.html");
    assertEquals(
        "../../reports/2023/puqianzhen-2023.html", newer.selectFirst("a[rel=prev]").attr("href"));
    assertTrue(newer.select("a[rel=next]").isEmpty());
    Document older = page("reports/2023/puqianzhen-2023.html");
    assertEquals(
        "../../reports/2024/puqianzhen-2024.html", older.selectFirst("a[rel=next]").attr("href"));
    assertTrue(page("reports/2023/pingshan-2023.html").select(".report-nav a").isEmpty());
  }

  @Test
  void breadcrumbLeadsFromHomeToTheReport() throws IOException {
    Document d = page("reports/2024/puqianzhen-2024.html");
    assertEquals(
        List.of("首页", "按乡镇", "埔前镇", "埔前镇2024年法治政府建设年度报告"), d.select(".breadcrumb li").eachText());
  }

  @Test
  void townshipIndexListsEveryTownshipWithCountyAndCount() throws IOException {
    Document d = page("townships/index.html");
    List<String> rows = d.select("table.listing tbody tr").eachText();
    assertEquals(List.of("垫江县 坪山镇 垫江县坪山镇人民政府 1", "源城区 埔前镇 河源市源城区埔前镇人民政府 2"), rows);
  }

  @Test
  void townshipPageListsReportsByYearNewestFirst() throws IOException {
    Document d = page("townships/puqianzhen.html");
    assertEquals(List.of("2024年度", "2023年度"), d.select("main h2").eachText());
    assertEquals(
        "../reports/2024/puqianzhen-2024.html", d.selectFirst(".report-list a").attr("href"));
  }

  @Test
  void yearPageListsThatYearsReportsByCountyAndTownship() throws IOException {
    Document d = page("years/2023.html");
    assertEquals(List.of("垫江县", "源城区"), d.select("main h2").eachText());
    assertEquals(List.of("坪山镇", "埔前镇"), d.select("main h3").eachText());
    assertEquals(2, d.select(".report-list a").size());
  }

  @Test
  void gridShowsEveryTownshipAndYearMarkingLateAndMissingReports() throws IOException {
    Document d = page("grid.html");
    assertEquals(List.of("乡镇（街道）", "2023", "2024"), d.select("table.grid thead th").eachText());
    Element pingshan = d.select("table.grid tbody tr").get(0);
    assertEquals("未发布", pingshan.select("td").get(1).text());
    Element puqian = d.select("table.grid tbody tr").get(1);
    assertTrue(
        puqian.select("td").get(0).hasClass("grid__cell--late"),
        "2023 report published 2024-04-15");
    assertTrue(puqian.select("td").get(0).text().contains("逾期"));
    assertFalse(puqian.select("td").get(1).hasClass("grid__cell--late"));
  }

  @Test
  void homePageShowsNewestReportsAndCounts() throws IOException {
    Document d = page("index.html");
    assertEquals("埔前镇2024年法治政府建设年度报告", d.selectFirst(".report-list a").text());
    assertTrue(d.selectFirst(".counts").text().contains("3 份报告"));
  }

  @Test
  void feedAndSitemapAreWellFormedAndListPublishedPages() throws Exception {
    var xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    var feed = xml.newDocumentBuilder().parse(output.resolve("feed.xml").toFile());
    assertEquals(
        3, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
    var sitemap = xml.newDocumentBuilder().parse(output.resolve("sitemap.xml").toFile());
    String text = sitemap.getDocumentElement().getTextContent();
    assertTrue(
        text.contains("https://www.example.gov.cn/zwgk/reports/2023/pingshan-2023.html"), text);
  }

  @Test
  void usesThePublishersMarkdownEngine() {
    assertTrue(Engines.get("md") instanceof ReportMarkupEngine);
  }

  @Test
  void sameSourceGivesByteIdenticalOutput() {
    Path again = temp.resolve("again");
    new SiteBuilder().build(new BuildRequest(source, again));
    assertEquals(SiteManifest.scan(output).entries(), SiteManifest.scan(again).entries());
  }

  @Test
  void manifestListsEveryFileWithItsHash() {
    assertEquals(SiteManifest.scan(output).entries(), SiteManifest.read(output).entries());
  }

  @Test
  void escapesMetadataAndSanitizesRawHtml(@TempDir Path dir) throws IOException {
    Path hostile = FixtureSite.copy("valid-hostile", dir.resolve("src"));
    new SiteBuilder().build(new BuildRequest(hostile, dir.resolve("out")).withoutCheck());
    String html = Files.readString(dir.resolve("out/reports/2024/hostile-2024.html"));
    Document d = Jsoup.parse(html);
    assertEquals(
        List.of("../../js/prefs.js", "../../js/site.js"),
        d.select("script").eachAttr("src"),
        "only our own scripts");
    assertTrue(d.select("script:not([src])").isEmpty());
    assertTrue(d.select("[onerror], [onclick], [onmouseover], iframe").isEmpty());
    assertTrue(d.select("a[href^=javascript]").isEmpty());
    assertEquals(
        "<script>alert('title')</script>埔前镇报告", d.selectFirst("h1").text(), "shown as text");
    assertTrue(
        html.contains(
            "<h1 class=\"report-title\">&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"),
        html);
    assertEquals(
        "河源市源城区埔前镇人民政府\" onmouseover=\"alert(1)",
        d.selectFirst("meta[name=ContentSource]").attr("content"));
    assertEquals("门户", d.selectFirst(".report-body a[href=https://example.gov.cn/]").text());
    String feed = Files.readString(dir.resolve("out/feed.xml"));
    assertFalse(feed.contains("<script>"), feed);
  }

  @Test
  void failedBuildReportsEveryProblemAndLeavesPreviousOutputUntouched(@TempDir Path dir)
      throws IOException {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path out = dir.resolve("out");
    new SiteBuilder().build(new BuildRequest(site, out));
    var before = SiteManifest.scan(out).entries();
    FixtureSite.copyTree(Path.of("src/test/resources/sites/invalid-mixed"), site);

    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () -> new SiteBuilder().build(new BuildRequest(site, out)));

    assertEquals(
        List.of(
            "content/reports/2024/a-no-separator.md:4: header: this line reads as body text but no"
                + " separator line \"~~~~~~\" comes before it (write ~~~~~~ on a line of its own before"
                + " the body, after the key=value lines)",
            "content/reports/2024/b-bad-date.md:4: date: \"2025-02-30\" is not a calendar date (expected yyyy-MM-dd)",
            "content/reports/2024/d-duplicate.md:5: index_number: \"11441602730470987N/2025-00002\" is already used by"
                + " content/reports/2024/c-duplicate.md:5 (expected a number unique across the site; 索引号 are never reused)",
            "content/reports/2024/puqianzhen-2024.md:6: index_number: \"11441602730470987N/2025-00002\" is already used by"
                + " content/reports/2024/c-duplicate.md:5 (expected a number unique across the site; 索引号 are never reused)"),
        e.problems().stream().filter(Problem::isError).map(Problem::format).toList());
    assertEquals(before, SiteManifest.scan(out).entries(), "previous output untouched");
    assertFalse(Files.exists(OutputSwap.stagingFor(out)), "no staging folder left behind");
  }

  @Test
  void buildNeverModifiesSourceFiles(@TempDir Path dir) {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    var before = SiteManifest.scan(site).entries();
    new SiteBuilder().build(new BuildRequest(site, site.resolve("target/site")));
    var after = new java.util.TreeMap<>(SiteManifest.scan(site).entries());
    after.keySet().removeIf(p -> p.startsWith("target/"));
    assertEquals(before, after);
  }

  @Test
  void missingTemplateIsAnErrorNamingTheSetting(@TempDir Path dir) throws IOException {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path config = site.resolve("jbake.properties");
    Files.writeString(
        config,
        Files.readString(config, StandardCharsets.UTF_8) + "template.grid.file=totals.ftlh\n",
        StandardCharsets.UTF_8);
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () -> new SiteBuilder().build(new BuildRequest(site, dir.resolve("out"))));
    String props = Files.readString(config, StandardCharsets.UTF_8);
    int line = List.of(props.split("\n")).indexOf("template.grid.file=totals.ftlh") + 1;
    assertEquals(
        List.of(
            "jbake.properties:"
                + line
                + ": template.grid.file: templates/totals.ftlh does not exist"
                + " (expected a .ftlh or .ftlx template)"),
        e.problems().stream().map(Problem::format).toList());
  }

  @Test
  void aPortalWithoutTemplatesOrAssetsGetsTheDefaultTheme(@TempDir Path dir) throws IOException {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path out = dir.resolve("out");
    Path ownTheme = dir.resolve("theme");
    Files.createDirectories(ownTheme);
    Files.move(site.resolve("templates"), ownTheme.resolve("templates"));
    Files.move(site.resolve("assets"), ownTheme.resolve("assets"));
    new SiteBuilder().build(new BuildRequest(site, out));
    assertEquals(
        Files.readString(ownTheme.resolve("assets/css/site.css"), StandardCharsets.UTF_8),
        Files.readString(out.resolve("css/site.css"), StandardCharsets.UTF_8));
    assertTrue(
        Files.readString(out.resolve("grid.html"), StandardCharsets.UTF_8).contains("<html"));
  }

  @Test
  void aPortalsOwnTemplateReplacesTheDefaultOfTheSameName(@TempDir Path dir) throws IOException {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path out = dir.resolve("out");
    // Only the 404 page is the portal's own; every other template is the default.
    Path templates = site.resolve("templates");
    try (var files = Files.list(templates)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().equals("404.ftlh")) {
          Files.delete(f);
        }
      }
    }
    Files.writeString(
        templates.resolve("404.ftlh"),
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>未找到</title></head>"
            + "<body><p>本县自己的 404 页面</p></body></html>\n",
        StandardCharsets.UTF_8);
    new SiteBuilder().build(new BuildRequest(site, out).withoutCheck());
    assertTrue(
        Files.readString(out.resolve("404.html"), StandardCharsets.UTF_8).contains("本县自己的 404 页面"));
    assertTrue(
        Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8).contains("<html"));
  }

  @Test
  void aSymbolicLinkInTheThemeIsRefusedWithItsName(@TempDir Path dir) throws IOException {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), "private key material");
    Files.createSymbolicLink(site.resolve("assets/css/leak.css"), secret);
    Path out = dir.resolve("out");
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () -> new SiteBuilder().build(new BuildRequest(site, out)));
    List<String> errors = e.problems().stream().map(Problem::format).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("assets/css/leak.css: symlink: "), errors.toString());
    assertFalse(Files.exists(out));
  }
}
