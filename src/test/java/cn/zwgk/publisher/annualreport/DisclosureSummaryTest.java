package cn.zwgk.publisher.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The key figures of every issuer and year, sorted and written as CSV and JSON. */
class DisclosureSummaryTest {
  private static DisclosureTables tables(String body) {
    List<Problem> problems = new ArrayList<>();
    return new DisclosureFormParser().parse("x.md", body, 1, problems);
  }

  private static DisclosureSummary summary() {
    String body = DisclosureFormTest.consistent();
    String busier = DisclosureFormTest.replaceRow(body, "| 行政许可", "| 行政许可 | 90 |");
    return new DisclosureSummary(
        List.of(
            DisclosureSummary.Row.of(
                "乙镇人民政府",
                "测试县",
                "乙镇",
                2024,
                "reports/2024/b.html",
                "乙",
                "2025-01-20",
                tables(body)),
            DisclosureSummary.Row.of(
                "甲镇人民政府",
                "测试县",
                "甲镇",
                2024,
                "reports/2024/a.html",
                "甲",
                "2025-01-21",
                tables(busier)),
            new DisclosureSummary.Row(
                "=丙镇", "测试县", "丙镇", 2023, "reports/2023/c.html", "丙\"<", "2024-01-05", Map.of())));
  }

  @Test
  void readsTheKeyFiguresFromTheTotals() {
    DisclosureSummary.Row row = summary().rows().get(1);
    assertEquals("乙镇人民政府", row.issuer());
    assertEquals(
        List.of("11", "2", "6", "1", "1", "2", "1", "0", "2", "2", "1", "25", "4", "1.25"),
        row.cells());
  }

  @Test
  void sortsByIssuerAndYearOrByAFigureLargestFirst() {
    assertEquals(
        List.of("=丙镇", "乙镇人民政府", "甲镇人民政府"),
        summary().rows().stream().map(DisclosureSummary.Row::issuer).toList());
    assertEquals(
        List.of("甲镇人民政府", "乙镇人民政府", "=丙镇"),
        summary().sortedBy(KeyFigure.LICENCES).stream()
            .map(DisclosureSummary.Row::issuer)
            .toList());
  }

  @Test
  void writesCsvThatSpreadsheetsOpenSafely() {
    String csv = new DisclosureSummaryWriter().csv(summary());
    String[] lines = csv.split("\r\n");
    assertEquals(
        "\uFEFF发布机构,县（区）,乡镇（街道）,年度,发布日期,页面,新收申请,上年结转,予以公开,部分公开,不予公开,无法提供,不予处理,其他处理,结转下年度,行政复议,行政诉讼,行政许可,行政处罚,收费（万元）",
        lines[0]);
    assertEquals("'=丙镇,测试县,丙镇,2023,2024-01-05,reports/2023/c.html,,,,,,,,,,,,,,", lines[1]);
    assertEquals(
        "乙镇人民政府,测试县,乙镇,2024,2025-01-20,reports/2024/b.html,11,2,6,1,1,2,1,0,2,2,1,25,4,1.25",
        lines[2]);
  }

  @Test
  void writesJsonWithNullForMissingFigures() {
    String json = new DisclosureSummaryWriter().json(summary());
    assertTrue(json.startsWith("{\"reports\":[\n{\"issuer\":\"=丙镇\""), json);
    assertTrue(json.contains("\"title\":\"丙\\\"\\u003c\""), json);
    assertTrue(json.contains("\"new\":null"), json);
    assertTrue(json.contains("\"licences\":90"), json);
    assertTrue(json.contains("\"fees\":1.25}"), json);
  }
}
