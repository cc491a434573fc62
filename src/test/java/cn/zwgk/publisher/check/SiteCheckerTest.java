package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker over hand-written pages (no bake): what tampering looks like in output the builder
 * never writes, anchors across pages, the sitemap, and text that differs from the source.
 */
class SiteCheckerTest {
  @TempDir Path tmp;
  private Path source;
  private Path site;

  private static final String REPORT =
      """
      title=埔前镇2024年法治政府建设年度报告
      type=report
      status=published
      date=2025-01-25
      index_number=11441602730470987N/2025-00002
      issuer=河源市源城区埔前镇人民政府
      township=埔前镇
      county=源城区
      year=2024
      ~~~~~~
      现将有关情况报告如下。
      """;

  @BeforeEach
  void writeSource() throws IOException {
    source = tmp.resolve("source");
    site = tmp.resolve("site");
    write(
        source.resolve("jbake.properties"),
        "site.host=https://www.example.gov.cn/zwgk\ncheck.mandated_sections=off\n"
            + "check.site_identity=off\n"
            + "check.allowed_script_hosts=*.example.gov.cn\n");
    write(source.resolve("content/reports/2024/pq.md"), REPORT);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String page(String head, String main) {
    return "<!DOCTYPE html><html><head><title>t</title>"
        + head
        + "</head><body><main>"
        + main
        + "</main></body></html>";
  }

  private List<String> check() {
    return FixtureSite.describe(
        new SiteChecker(FixtureSite.CLOCK).check(CheckInput.load(site, source)));
  }

  private void writeReportPage(String extra) throws IOException {
    write(
        site.resolve("reports/2024/pq.html"),
        page(
            "<meta name=\"PubDate\" content=\"2025-01-25\">",
            "<h1 id=\"top\">埔前镇2024年法治政府建设年度报告</h1><p>发布日期：2025-01-25</p>"
                + "<p>现将有关情况报告如下。</p>"
                + extra));
  }

  private void writeHome(String extra) throws IOException {
    write(
        site.resolve("index.html"),
        page(
            "",
            "<a name=\"latest\"></a><ul><li><a href=\"reports/2024/pq.html\">埔前镇2024年法治政府建设年度报告</a>"
                + " <time datetime=\"2025-01-25\">2025-01-25</time></li></ul>"
                + extra));
  }

  @Test
  void findsPortalChromeLeftInAReportBodyButNotTextMentioningItsWords() throws IOException {
    writeHome("");
    writeReportPage(
        "<div class=\"report-body\"><p>推进无障碍环境建设，完成打印机采购。</p>"
            + "<p>【打印】【字体:大 中 小】</p><p>浏览次数: 次</p>"
            + "<p>索引号: 11441602730470987N/2025-00002 分类: 工作报告</p></div>");
    assertEquals(
        List.of(
            "page_furniture | error | reports/2024/pq.html |  | contains page furniture (a copied"
                + " metadata block): \"索引号: 11441602730470987N/2025-00002 分类: 工作报告\"",
            "page_furniture | error | reports/2024/pq.html |  | contains page furniture (controls):"
                + " \"【打印】【字体:大 中 小】\"",
            "page_furniture | error | reports/2024/pq.html |  | contains page furniture (controls):"
                + " \"浏览次数: 次\""),
        check().stream().filter(f -> f.startsWith("page_furniture")).toList());
  }

  @Test
  void portalChromeIsNamedInChineseByDefault() throws IOException {
    writeHome("");
    writeReportPage(
        "<div class=\"report-body\"><p>【打印】【字体:大 中 小】</p>"
            + "<p>索引号: 11441602730470987N/2025-00002 分类: 工作报告</p></div>");
    var zh = cn.zwgk.publisher.problem.Messages.of(cn.zwgk.publisher.problem.Language.ZH);
    assertEquals(
        List.of(
            "含有网页栏目残留（复制来的信息项）：“索引号: 11441602730470987N/2025-00002 分类: 工作报告”",
            "含有网页栏目残留（打印、字号等按钮）：“【打印】【字体:大 中 小】”"),
        new SiteChecker(FixtureSite.CLOCK)
            .check(CheckInput.load(site, source)).findings().stream()
                .filter(f -> f.rule().equals("page_furniture"))
                .map(f -> f.message(zh))
                .sorted()
                .toList());
  }

  @Test
  void aValidIndexNumberWhoseCodeHasXxIsNoPlaceholder() throws IOException {
    write(
        source.resolve("content/reports/2024/pq.md"),
        REPORT.replace("11441602730470987N/2025-00002", "1144160273XX70987T/2025-00002"));
    writeHome("");
    writeReportPage("<table><tr><th>索引号</th><td>1144160273XX70987T/2025-00002</td></tr></table>");
    assertEquals(List.of(), check().stream().filter(f -> f.startsWith("residue")).toList());
  }

  @Test
  void handWrittenCleanSitePasses() throws IOException {
    writeHome("");
    writeReportPage("<p><a href=\"../../index.html#latest\">返回</a></p>");
    assertEquals(List.of(), check());
  }

  @Test
  void findsLinksHiddenByAStyleElement() throws IOException {
    writeHome(
        "<style>.friend-links { font-size: 0 }</style>"
            + "<div class=\"friend-links\"><p><a href=\"https://bet.example.com/\">友情链接</a></p></div>");
    writeReportPage("");
    assertEquals(
        List.of(
            "hidden_link | error | index.html |  | hidden link to \"https://bet.example.com/\""
                + " (\"友情链接\"; font-size:0 via <style> rule .friend-links on an enclosing <div>)",
            "external_link | warning | index.html |  | links to https://bet.example.com/ on another"
                + " site (listed, not fetched)"),
        check());
  }

  @Test
  void findsInlineScriptsFramesAndRedirectsToForeignHosts() throws IOException {
    writeHome(
        "<script>document.write('<script src=\"https://jump.example.net/a.js\"></'+'script>')</script>"
            + "<script>var s = 'https://tongji.example.gov.cn/t.js';</script>"
            + "<iframe src=\"https://ads.example.org/frame\"></iframe>");
    writeReportPage("");
    write(
        site.resolve("old.html"),
        "<html><head><meta http-equiv=\"refresh\" content=\"0; url=https://casino.example.com/\">"
            + "</head><body></body></html>");
    assertEquals(
        List.of(
            "foreign_script | error | index.html |  | has an inline script that refers to"
                + " jump.example.net, which is not on the allow-list",
            "foreign_script | error | index.html |  | loads an iframe (embedded page) from"
                + " ads.example.org (https://ads.example.org/frame), which is not on the allow-list",
            "foreign_script | error | old.html |  | redirects visitors to casino.example.com"
                + " (https://casino.example.com/), which is not on the allow-list"),
        check());
  }

  @Test
  void findsAnchorsMissingInOtherPagesAndBrokenSitemapEntries() throws IOException {
    writeHome("");
    writeReportPage("<p><a href=\"../../index.html#archive\">往年报告</a></p>");
    write(
        site.resolve("sitemap.xml"),
        "<?xml version=\"1.0\"?><urlset><url><loc>https://www.example.gov.cn/zwgk/years/2024.html"
            + "</loc></url><url><loc>https://www.example.gov.cn/zwgk/index.html</loc></url></urlset>");
    assertEquals(
        List.of(
            "links | error | reports/2024/pq.html |  | link \"../../index.html#archive\" points to"
                + " #archive, which index.html does not have",
            "links | error | sitemap.xml |  | reference"
                + " \"https://www.example.gov.cn/zwgk/years/2024.html\" points to years/2024.html,"
                + " which is not in the built site"),
        check());
  }

  @Test
  void spamInATamperedListingIsFoundAndAnUnchangedTitleIsNotReportedTwice() throws IOException {
    write(
        site.resolve("index.html"),
        page(
            "<meta name=\"Keywords\" content=\"法治,百家乐\">",
            "<ul><li><a href=\"reports/2024/pq.html\">埔前镇2024年法治政府建设年度报告</a>"
                + " <time datetime=\"2025-01-25\">2025-01-25</time></li>"
                + "<li><a href=\"reports/2024/pq.html\">真人荷官在线</a> 2025-01-25</li></ul>"));
    writeReportPage("");
    assertEquals(
        List.of(
            "spam | error | index.html |  | contains the spam word \"百家乐\" (gambling or"
                + " pornography spam)",
            "spam | error | index.html |  | contains the spam word \"真人荷官\" (gambling or"
                + " pornography spam)"),
        check());
  }

  @Test
  void reportPageWithoutPubDateIsUndated() throws IOException {
    writeHome("");
    write(site.resolve("reports/2024/pq.html"), page("", "<h1>埔前镇2024年法治政府建设年度报告</h1>"));
    assertEquals(
        List.of(
            "undated | error | reports/2024/pq.html | content/reports/2024/pq.md:4 | report page has"
                + " no publication date (meta PubDate)"),
        check());
  }

  @Test
  void missingSiteFolderIsAnErrorSayingWhatToDo() {
    cn.zwgk.publisher.problem.ExplainedException e =
        assertThrows(cn.zwgk.publisher.problem.ExplainedException.class, () -> check());
    assertEquals(
        "no built site at " + site + " (run `publisher build` first, or pass --site)",
        e.getMessage());
    assertEquals(
        site + " 没有生成的网站。请先运行 `publisher build`，或用 --site 指定生成的网站",
        e.text().render(cn.zwgk.publisher.problem.Messages.DEFAULT));
  }
}
