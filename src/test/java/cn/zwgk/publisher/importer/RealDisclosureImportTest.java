package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.annualreport.DisclosureFormParser;
import cn.zwgk.publisher.annualreport.DisclosureTable;
import cn.zwgk.publisher.annualreport.DisclosureTables;
import cn.zwgk.publisher.annualreport.FilledTable;
import cn.zwgk.publisher.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real published 年报 (the text of their PDFs, see annualreport/real/SOURCES.md) imported into the
 * editor's form: every number lands in its cell, and what differs from the format is named.
 */
class RealDisclosureImportTest {
  private static final String REAL = "/cn/zwgk/publisher/annualreport/real/";

  private static String raw(String name) {
    return new String(ImportFixtures.resource(REAL + name), StandardCharsets.UTF_8);
  }

  private static ImportedReport imported(String name, String text) {
    return ImportFixtures.importBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static DisclosureTables tables(String body) {
    return new DisclosureFormParser().parse("x.md", body, 1, new ArrayList<Problem>());
  }

  /** The table findings of an import, as rule: message. */
  private static List<String> tableFindings(ImportedReport report) {
    return report.findings().stream()
        .filter(f -> f.rule().startsWith("表"))
        .map(f -> f.rule() + ": " + f.message())
        .toList();
  }

  /** Every cell of {@code table} in {@code actual} equals the same cell in {@code expected}. */
  private static void assertSameCells(
      DisclosureTables expected, DisclosureTables actual, DisclosureTable table) {
    FilledTable e = expected.complete(table).orElseThrow();
    FilledTable a = actual.complete(table).orElseThrow(() -> new AssertionError(table.name()));
    for (int r = 0; r < table.rows().size(); r++) {
      for (int c = 0; c < table.columns().size(); c++) {
        assertEquals(
            0,
            e.value(r, c).compareTo(a.value(r, c)),
            table.displayName() + " " + table.rows().get(r) + " × " + table.columns().get(c));
      }
    }
  }

  /** The body of the form fixture of the same report. */
  private static DisclosureTables form(String name) {
    String text =
        new String(ImportFixtures.resource(REAL + "forms/" + name), StandardCharsets.UTF_8);
    return tables(text.substring(text.indexOf("~~~~~~") + 6));
  }

  @Test
  void importsEveryNumberOfHongze2024AndNamesItsRenamedRow() {
    ImportedReport report = imported("hongze-2024.txt", raw("jiangsu-huaian-hongze-2024.txt"));
    assertEquals(
        List.of(
            "表三: row \"2.其他法律行政止公开\" is not the format's \"三、（三）不予公开 2.其他法律行政法规禁止公开\""
                + " (expected it next) (line 131 of the written report)"),
        tableFindings(report));
    DisclosureTables expected = form("jiangsu-huaian-hongze-2024.md");
    DisclosureTables actual = tables(report.body());
    for (DisclosureTable t :
        List.of(
            DisclosureTable.RULES,
            DisclosureTable.LICENSING,
            DisclosureTable.ENFORCEMENT,
            DisclosureTable.FEES,
            DisclosureTable.REVIEWS)) {
      assertSameCells(expected, actual, t);
    }
  }

  @Test
  void namesTheCollapsedGroupOnceTheRenamedRowIsCorrected() {
    String text = raw("jiangsu-huaian-hongze-2024.txt").replace("2.其他法律行政止公开", "2.其他法律行政法规禁止公开");
    assertEquals(
        List.of(
            "表三: row \"（六）其他处理\" is not the format's"
                + " \"三、（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\" (expected it next)"
                + " (line 146 of the written report)"),
        tableFindings(imported("hongze-2024.txt", text)));
  }

  @Test
  void importsEveryCellOfAllTablesWhenTheRowsAreTheFormats() {
    String zeros = "    0    0   0   0    0    0   0";
    String text =
        raw("jiangsu-huaian-hongze-2024.txt")
            .replace("2.其他法律行政止公开", "2.其他法律行政法规禁止公开")
            .replace(
                "     （六）其他处理                           0    0   0   0    0    0   0",
                "     （六）其他处理\n"
                    + "  1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
                    + zeros
                    + "\n  2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
                    + zeros
                    + "\n  3.其他"
                    + zeros);
    ImportedReport report = imported("hongze-2024.txt", text);
    assertEquals(List.of(), tableFindings(report));
    DisclosureTables expected = form("jiangsu-huaian-hongze-2024.md");
    DisclosureTables actual = tables(report.body());
    for (DisclosureTable t : DisclosureTable.values()) {
      assertSameCells(expected, actual, t);
    }
  }

  @Test
  void anImportedRealReportWithWrongTotalsIsCaughtAtImport() {
    ImportedReport report = imported("hongze-2023.txt", raw("jiangsu-huaian-hongze-2023.txt"));
    assertEquals(true, report.isDraft());
    assertEquals(
        List.of(
            "表三: row \"2.其他法律行政止公开\" is not the format's \"三、（三）不予公开 2.其他法律行政法规禁止公开\""
                + " (expected it next) (line 125 of the written report)",
            "表四 行政复议 × 总计: is 0, but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 add up to 11 (expected their"
                + " sum) (line 148 of the written report)",
            "表四 行政诉讼 复议后起诉 × 总计: is 0, but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 add up to 5"
                + " (expected their sum) (line 150 of the written report)"),
        tableFindings(report));
  }

  @Test
  void cellsRunTogetherWithoutSpacesAreNotGuessed() {
    // The Pingtan archive's text of its page: 一、本年新收政府信息公开申请数量801000081二、….
    ImportedReport report = imported("pingtan-2023.txt", raw("fujian-pingtan-2023.txt"));
    assertEquals(true, report.isDraft());
    assertEquals(
        List.of("表二 第二十条第（一）项", "表二 第二十条第（五）项", "表二 第二十条第（六）项", "表二 第二十条第（八）项", "表三", "表四"),
        report.findings().stream().map(Finding::rule).filter(r -> r.startsWith("表")).toList());
    assertEquals(false, report.body().contains("| 801000081"), report.body());
  }
}
