package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.annualreport.DisclosureFormParser;
import cn.zwgk.publisher.annualreport.DisclosureTables;
import cn.zwgk.publisher.annualreport.DisclosureTablesHtml;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.render.MarkdownRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** `import` of a 政府信息公开工作年度报告: a page or a Word file, its tables into the editor's form. */
class DisclosureImportTest {
  private static final String TITLE = "测试县样例镇人民政府2024年政府信息公开工作年度报告";

  private static String consistentForm() throws IOException {
    try (InputStream in =
        DisclosureImportTest.class.getResourceAsStream(
            "/cn/zwgk/publisher/annualreport/consistent-body.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A disclosure page whose body holds the tables in the official merged-header layout. */
  private static byte[] page(String form) {
    List<Problem> problems = new ArrayList<>();
    DisclosureTables tables = new DisclosureFormParser().parse("x.md", form, 1, problems);
    String body = new DisclosureTablesHtml().replace(new MarkdownRenderer().toHtml(form), tables);
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
            + TITLE
            + "</title></head><body><div class=\"article\"><h1>"
            + TITLE
            + "</h1>"
            + body
            + "</div></body></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /** The tables of an imported body, read back, with every problem. */
  private static List<Problem> reread(ImportedReport report) {
    List<Problem> problems = new ArrayList<>();
    DisclosureTables tables = new DisclosureFormParser().parse("x.md", report.body(), 1, problems);
    new cn.zwgk.publisher.annualreport.DisclosureTablesValidator().check("x.md", tables, problems);
    return problems;
  }

  @Test
  void importsAPageWithMergedHeaderTablesWithEveryNumber() throws IOException {
    ImportedReport report = ImportFixtures.importBytes("nb.html", page(consistentForm()));
    assertEquals("disclosure-report", report.header().get("type"));
    assertEquals(List.of(), reread(report));
    assertTrue(report.body().contains("| 三、（七）总计 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |"), report.body());
    assertTrue(report.body().contains("| 行政复议 | 1 | 0 | 0 | 1 | 2 |"), report.body());
    assertTrue(report.body().contains("## 五、存在的主要问题及改进情况"), report.body());
    assertTrue(
        report.findings().stream().noneMatch(f -> f.rule().startsWith("表")),
        report.findings().toString());
  }

  @Test
  void anImportedReportWithAWrongTotalIsCaughtAtImport() throws IOException {
    String wrong =
        consistentForm()
            .replace(
                "| 三、（七）总计 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |",
                "| 三、（七）总计 | 9 | 1 | 0 | 0 | 0 | 0 | 10 |");
    ImportedReport report = ImportFixtures.importBytes("nb.html", page(wrong));
    assertTrue(report.isDraft());
    assertTrue(
        report.findings().stream()
            .anyMatch(
                f ->
                    f.rule().equals("表三 三、（七）总计 × 自然人")
                        && f.message().startsWith("is 9, but 三、（一） to （六） add up to 10")),
        report.findings().toString());
  }

  @Test
  void importsTheTablesOfAWordFile() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText(TITLE);
      doc.createParagraph().createRun().setText("一、总体情况");
      doc.createParagraph().createRun().setText("本年度依法做好政府信息公开工作。");
      doc.createParagraph().createRun().setText("二、主动公开政府信息情况");
      table(
          doc,
          new String[][] {
            {"第二十条第（一）项", "", "", ""},
            {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
            {"规章", "0", "0", "0"},
            {"行政规范性文件", "3", "1", "12"},
            {"第二十条第（五）项", "", "", ""},
            {"信息内容", "本年处理决定数量", "", ""},
            {"行政许可", "25", "", ""},
            {"第二十条第（六）项", "", "", ""},
            {"信息内容", "本年处理决定数量", "", ""},
            {"行政处罚", "4", "", ""},
            {"行政强制", "0", "", ""},
            {"第二十条第（八）项", "", "", ""},
            {"信息内容", "本年收费金额（单位：万元）", "", ""},
            {"行政事业性收费", "1.25", "", ""}
          });
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      ImportedReport report = ImportFixtures.importBytes("nb.docx", out.toByteArray());
      assertEquals("disclosure-report", report.header().get("type"));
      assertTrue(report.body().contains("| 行政规范性文件 | 3 | 1 | 12 |"), report.body());
      assertTrue(report.body().contains("| 行政事业性收费 | 1.25 |"), report.body());
      // The Word file has no 表三 and 表四: the import says so.
      assertTrue(
          report.findings().stream().anyMatch(f -> f.rule().equals("表三")),
          report.findings().toString());
    }
  }

  private static void table(XWPFDocument doc, String[][] cells) {
    XWPFTable t = doc.createTable(cells.length, cells[0].length);
    for (int r = 0; r < cells.length; r++) {
      XWPFTableRow row = t.getRow(r);
      for (int c = 0; c < cells[r].length; c++) {
        row.getCell(c).setText(cells[r][c]);
      }
    }
  }

  @Test
  void importsARealFlattenedPage() throws IOException {
    try (InputStream in =
        DisclosureImportTest.class.getResourceAsStream(
            "/cn/zwgk/publisher/annualreport/real/liaoning-xiliu-2023.txt")) {
      String text =
          "西柳镇人民政府2023年政府信息公开工作年度报告\n\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
      ImportedReport report =
          ImportFixtures.importBytes("xiliu.txt", text.getBytes(StandardCharsets.UTF_8));
      assertEquals("disclosure-report", report.header().get("type"));
      assertTrue(report.body().contains("| 行政规范性文件 | 4 | 0 | 32 |"), report.body());
    }
  }
}
