package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unsafe_url rule over hand-written pages (no bake): script URLs in every spelling, event
 * handlers and srcdoc in any page, report or not, located in the source when it has them.
 */
class UnsafeUrlRuleTest {
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

      <a href="JaVaScRiPt:alert(1)">点击</a>
      """;

  @BeforeEach
  void writeSource() throws IOException {
    source = tmp.resolve("source");
    site = tmp.resolve("site");
    write(
        source.resolve("jbake.properties"),
        "site.host=https://www.example.gov.cn/zwgk\ncheck.mandated_sections=off\n");
    write(source.resolve("content/reports/2024/pq.md"), REPORT);
    write(
        site.resolve("reports/2024/pq.html"),
        page(
            "<meta name=\"PubDate\" content=\"2025-01-25\">",
            "<h1>埔前镇2024年法治政府建设年度报告</h1><p>发布日期：2025-01-25</p><p>现将有关情况报告如下。</p>"
                + "<p><a href=\"JaVaScRiPt:alert(1)\">点击</a></p>"));
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

  private List<String> unsafeUrlFindings() {
    return FixtureSite.describe(
            new SiteChecker(FixtureSite.CLOCK).check(CheckInput.load(site, source)))
        .stream()
        .filter(f -> f.startsWith("unsafe_url"))
        .toList();
  }

  @Test
  void aScriptLinkInAReportBodyNamesTheSourceLine() {
    assertEquals(
        List.of(
            "unsafe_url | error | reports/2024/pq.html | content/reports/2024/pq.md:13 | <a> has a"
                + " script URL in href (href=\"JaVaScRiPt:alert(1)\")"),
        unsafeUrlFindings());
  }

  @Test
  void aScriptLinkIsToldInChineseByDefault() {
    var zh = cn.zwgk.publisher.problem.Messages.of(cn.zwgk.publisher.problem.Language.ZH);
    List<String> told =
        new SiteChecker(FixtureSite.CLOCK)
            .check(CheckInput.load(site, source)).findings().stream()
                .filter(f -> f.rule().equals("unsafe_url"))
                .map(f -> f.message(zh) + " | " + f.advice(zh))
                .toList();
    assertEquals(
        List.of(
            "<a> 的 href 中有脚本网址（href=\"JaVaScRiPt:alert(1)\"） | 请从 content/reports/2024/pq.md"
                + " 中删除它，然后重新生成"),
        told);
  }

  @Test
  void findsEveryObfuscationBrowsersAcceptInAnyPage() throws IOException {
    write(
        site.resolve("index.html"),
        page(
            "<meta http-equiv=\"refresh\" content=\"5; URL='javascript:alert(9)'\">",
            "<a href=\"&#106;avascript:alert(1)\">a</a>"
                + "<a href=\"java&#x09;script:alert(2)\">b</a>"
                + "<a href=\"&#1;javascript:alert(3)\">c</a>"
                + "<a href=\" vbscript:msgbox(4)\">d</a>"
                + "<img src=\"DATA:text/html,x\" alt=\"e\">"
                + "<form action=\"javascript:alert(5)\"><button formaction=\"javascript:alert(6)\">f"
                + "</button></form>"
                + "<img srcset=\"a.png 1x, javascript:alert(7) 2x\" alt=\"g\">"
                + "<svg><a><set attributeName=\"href\" to=\"javascript:alert(8)\"></set></a></svg>"));
    assertEquals(
        List.of(
            "unsafe_url | error | index.html |  | <a> has a script URL in href"
                + " (href=\"javascript:alert(1)\")",
            "unsafe_url | error | index.html |  | <a> has a script URL in href"
                + " (href=\"java\uFFFDscript:alert(2)\")",
            "unsafe_url | error | index.html |  | <a> has a script URL in href"
                + " (href=\"vbscript:msgbox(4)\")",
            "unsafe_url | error | index.html |  | <a> has a script URL in href"
                + " (href=\"\uFFFDjavascript:alert(3)\")",
            "unsafe_url | error | index.html |  | <button> has a script URL in formaction"
                + " (formaction=\"javascript:alert(6)\")",
            "unsafe_url | error | index.html |  | <form> has a script URL in action"
                + " (action=\"javascript:alert(5)\")",
            "unsafe_url | error | index.html |  | <img> has a script URL in src"
                + " (src=\"DATA:text/html,x\")",
            "unsafe_url | error | index.html |  | <img> has a script URL in srcset"
                + " (srcset=\"a.png 1x, javascript:alert(7) 2x\")",
            "unsafe_url | error | index.html |  | <meta> has a script URL in content"
                + " (content=\"5; URL='javascript:alert(9)'\")",
            "unsafe_url | error | index.html |  | <set> has a script URL in to"
                + " (to=\"javascript:alert(8)\")",
            "unsafe_url | error | reports/2024/pq.html | content/reports/2024/pq.md:13 | <a> has a"
                + " script URL in href (href=\"JaVaScRiPt:alert(1)\")"),
        unsafeUrlFindings());
  }

  @Test
  void findsEventHandlersSrcdocAndScriptInCss() throws IOException {
    write(
        site.resolve("index.html"),
        page(
            "<style>p{background:url(javascript:alert(1))}</style>",
            "<svg onload=\"alert(1)\"></svg><body onpageshow=\"x()\"><iframe srcdoc=\"<b>x</b>\">"
                + "</iframe><p style=\"width:expression(alert(2))\">p</p>"));
    assertEquals(
        List.of(
            "unsafe_url | error | index.html |  | <body> has an event-handler attribute onpageshow"
                + " (onpageshow=\"x()\")",
            "unsafe_url | error | index.html |  | <iframe> embeds a whole HTML document in a"
                + " srcdoc attribute (srcdoc=\"<b>x</b>\")",
            "unsafe_url | error | index.html |  | <p> has script in its style attribute"
                + " (style=\"width:expression(alert(2))\")",
            "unsafe_url | error | index.html |  | <style> has script in a <style> element"
                + " (p{background:url(javascript:alert(1))})",
            "unsafe_url | error | index.html |  | <svg> has an event-handler attribute onload"
                + " (onload=\"alert(1)\")",
            "unsafe_url | error | reports/2024/pq.html | content/reports/2024/pq.md:13 | <a> has a"
                + " script URL in href (href=\"JaVaScRiPt:alert(1)\")"),
        unsafeUrlFindings());
  }

  @Test
  void leavesOrdinaryUrlsAlone() throws IOException {
    write(
        site.resolve("reports/2024/pq.html"),
        page(
            "<link rel=\"stylesheet\" href=\"../../css/site.css\"><script src=\"../../js/site.js\">"
                + "</script>",
            "<a href=\"https://www.gov.cn/\">a</a><a href=\"mailto:x@example.gov.cn\">b</a>"
                + "<a href=\"#data:x\">c</a><a href=\"?javascript:x\">d</a><a href=\"data/x.html\">e</a>"
                + "<button type=\"button\" data-action=\"print\">打印</button>"
                + "<form action=\"../../search.html\"></form>"));
    assertEquals(List.of(), unsafeUrlFindings());
  }
}
