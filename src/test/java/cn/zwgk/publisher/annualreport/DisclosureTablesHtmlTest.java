package cn.zwgk.publisher.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.render.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The editor's tables become the official merged-header tables of 国办公开办函〔2021〕30号. */
class DisclosureTablesHtmlTest {
  private static Document render(String form) {
    List<Problem> problems = new ArrayList<>();
    DisclosureTables tables = new DisclosureFormParser().parse("x.md", form, 1, problems);
    String html = new DisclosureTablesHtml().replace(new MarkdownRenderer().toHtml(form), tables);
    return Jsoup.parseBodyFragment(html);
  }

  private static Element th(Document doc, String table, String text) {
    return doc.select("table." + table + " th").stream()
        .filter(e -> e.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text));
  }

  @Test
  void rendersThreeOfficialTablesWithCaptions() {
    Document doc = render(DisclosureFormTest.consistent());
    assertEquals(
        List.of("表二　主动公开政府信息情况", "表三　收到和处理政府信息公开申请情况", "表四　政府信息公开行政复议、行政诉讼情况"),
        doc.select("table.disclosure-table > caption").eachText());
    assertEquals(3, doc.select("table").size(), "the four 表二 pipe tables become one");
    assertTrue(doc.select("th:not([scope])").isEmpty(), "every th has a scope");
    assertEquals(
        3,
        doc.select("div.disclosure-scroll[role=region][tabindex=0] > table.disclosure-table")
            .size(),
        "every table in a keyboard-scrollable region");
  }

  @Test
  void mergesTheHeadersAsTheFormatPrintsThem() {
    Document doc = render(DisclosureFormTest.consistent());
    assertEquals("7", th(doc, "disclosure-applications", "申请人情况").attr("colspan"));
    assertEquals("5", th(doc, "disclosure-applications", "法人或其他组织").attr("colspan"));
    assertEquals("2", th(doc, "disclosure-applications", "自然人").attr("rowspan"));
    assertEquals("22", th(doc, "disclosure-applications", "三、本年度办理结果").attr("rowspan"));
    assertEquals("8", th(doc, "disclosure-applications", "（三）不予公开").attr("rowspan"));
    assertEquals("3", th(doc, "disclosure-applications", "（四）无法提供").attr("rowspan"));
    assertEquals("5", th(doc, "disclosure-applications", "（五）不予处理").attr("rowspan"));
    assertEquals("3", th(doc, "disclosure-applications", "（六）其他处理").attr("rowspan"));
    assertEquals("3", th(doc, "disclosure-applications", "四、结转下年度继续办理").attr("colspan"));
    assertEquals("10", th(doc, "disclosure-reviews", "行政诉讼").attr("colspan"));
    assertEquals("5", th(doc, "disclosure-reviews", "复议后起诉").attr("colspan"));
    assertEquals(15, doc.select("table.disclosure-reviews td").size());
    assertEquals(25 * 7, doc.select("table.disclosure-applications td").size());
    assertEquals(
        List.of("1", "0", "0", "1", "2", "0", "0", "0", "0", "0", "1", "0", "0", "0", "1"),
        doc.select("table.disclosure-reviews td").eachText());
  }

  @Test
  void leavesTheEditorsOwnTablesAndAnIncompleteTableAsWritten() {
    String form =
        "| 项目 | 数量 |\n|---|---|\n| 培训 | 3 |\n\n"
            + DisclosureFormTest.replaceRow(
                DisclosureFormTest.consistent(), "| 行政复议 |", "| 行政复议 | x | 0 | 0 | 1 | 2 |");
    Document doc = render(form);
    assertEquals("项目", doc.select("table").first().selectFirst("th").text());
    assertTrue(doc.select("table.disclosure-reviews").isEmpty());
    assertEquals(1, doc.select("table.disclosure-applications").size());
  }
}
