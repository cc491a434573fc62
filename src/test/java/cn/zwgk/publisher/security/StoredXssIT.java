package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.html.AttributeUrl;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.SiteBuilder;
import cn.zwgk.publisher.testing.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored XSS through a report, end to end (issue 12, item 1 and its near misses): every way a body
 * can carry a URL ends neutralised in the built page, a script URL that reaches a page anyway (a
 * template) fails the checked build, body ids never take the page's own, and control characters in
 * headers or image paths refuse the build with {@code path:line}.
 */
class StoredXssIT {
  private static final String REPORT = "content/reports/2024/puqianzhen-2024.md";
  private static final String PAGE = "reports/2024/puqianzhen-2024.html";
  @TempDir Path dir;

  private Path siteWith(String from, String to) throws IOException {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path report = site.resolve(REPORT);
    String text = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), from);
    Files.writeString(report, text.replace(from, to), StandardCharsets.UTF_8);
    return site;
  }

  private Path bodyWith(String markdown) throws IOException {
    return siteWith("无其他需要报告的情况。", "无其他需要报告的情况。\n\n" + markdown);
  }

  private Document build(Path site) throws IOException {
    Path out = dir.resolve("out");
    new SiteBuilder().build(new BuildRequest(site, out));
    return Jsoup.parse(Files.readString(out.resolve(PAGE), StandardCharsets.UTF_8));
  }

  private static List<String> scriptCarriers(Document page) {
    List<String> found = new ArrayList<>();
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (a.getKey().startsWith("on") || AttributeUrl.mayRunScript(a.getValue())) {
          found.add(e.normalName() + " " + a);
        }
      }
    }
    return found;
  }

  @Test
  void everyWayABodyCarriesAUrlEndsNeutralisedAndTheCheckedBuildPasses() throws IOException {
    String base = "http://report.invalid/";
    Document page =
        build(
            bodyWith(
                "[内联]("
                    + base
                    + "javascript:alert(1))\n\n"
                    + "<"
                    + base
                    + "javascript:alert(2)>\n\n"
                    + "[引用][r]\n\n[r]: "
                    + base
                    + "data:text/html,<script>alert(3)</script>\n\n"
                    + "<a href=\""
                    + base
                    + "javascript:alert(4)\">原始</a>\n\n"
                    + "<img src=\""
                    + base
                    + "javascript:alert(5)\" alt=\"原始图\">\n\n"
                    + "![图](javascript:alert(6))\n\n"
                    + "[实体](&#106;avascript:alert(7)) <javascript:alert(8)>"
                    + " <a href=\" JaVa&#x09;ScRiPt:alert(9)\">混写</a>"
                    + " <a href=\"vbscript:msgbox(10)\">vb</a>\n\n"
                    + "<svg onload=alert(11)></svg><form action=\"javascript:alert(12)\"></form>"
                    + "<base href=\"javascript:alert(13)//\">\n"));
    assertEquals(List.of(), scriptCarriers(page));
    Element body = page.selectFirst(".report-body");
    for (String text : List.of("内联", "引用", "原始", "实体", "混写")) {
      assertTrue(body.text().contains(text), text + " kept as text: " + body);
    }
    assertTrue(
        page.select(".report-body base, .report-body form, .report-body svg").isEmpty(),
        body.toString());
  }

  @Test
  void aScriptUrlThatReachesABuiltPageFailsTheCheckedBuildNamingThePage() throws IOException {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path template = site.resolve("templates/report.ftlh");
    String text = Files.readString(template, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("</article>");
    Files.writeString(
        template,
        text.substring(0, at) + "<a href=\"&#106;avascript:alert(1)\">x</a>" + text.substring(at),
        StandardCharsets.UTF_8);
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () -> new SiteBuilder().build(new BuildRequest(site, dir.resolve("out"))));
    List<String> unsafe =
        e.problems().stream()
            .filter(p -> p.field().equals("check.unsafe_url"))
            .map(Problem::format)
            .toList();
    assertFalse(unsafe.isEmpty(), e.getMessage());
    assertTrue(
        unsafe.stream().allMatch(p -> p.startsWith("reports/") && p.contains("has a script URL")),
        unsafe.toString());
    assertFalse(Files.exists(dir.resolve("out")), "nothing published");
  }

  @Test
  void bodyHeadingIdsNeverTakeThePagesOwn() throws IOException {
    Document page = build(bodyWith("<h2 id=\"main\">甲</h2>\n\n## main\n\n## search-q\n"));
    assertEquals(1, page.select("[id=main]").size());
    assertEquals("main", page.selectFirst("[id=main]").normalName());
    assertTrue(page.select(".report-body [id=search-q]").isEmpty());
  }

  @Test
  void aControlCharacterInAHeaderRefusesTheBuildWithItsLine() throws IOException {
    Path site = siteWith("issuer=河源市源城区埔前镇人民政府", "issuer=河源市源城区\u0000埔前镇人民政府");
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () -> new SiteBuilder().build(new BuildRequest(site, dir.resolve("out"))));
    assertEquals(
        List.of(
            REPORT
                + ":8: issuer: has the control character U+0000 at column 14 (expected text only:"
                + " header values are written into every page as they are; remove it, it is"
                + " invisible)"),
        e.problems().stream().filter(Problem::isError).map(Problem::format).toList());
  }

  @Test
  void aControlCharacterInAnImagePathRefusesTheBuildWithItsLine() throws IOException {
    Path site = bodyWith("![图](puqianzhen-2024/a%00.png)\n");
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () -> new SiteBuilder().build(new BuildRequest(site, dir.resolve("out"))));
    List<String> errors =
        e.problems().stream().filter(Problem::isError).map(Problem::format).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors.get(0).matches(REPORT.replace(".", "\\.") + ":\\d+: image: .*"), errors.get(0));
  }
}
