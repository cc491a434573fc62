package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.testing.HeadlessChromium;
import cn.zwgk.publisher.testing.SampleSite;
import cn.zwgk.publisher.testing.StaticHttpServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The national tables of a 政府信息公开工作年度报告 as a browser lays them out: measured cell boxes show each
 * merged header spanning exactly the columns (or rows) under it, on screen and on A4 paper.
 */
class DisclosureTablesLayoutIT {
  private static final String PAGE = SampleSite.PAGES.get("disclosure-report");

  private static StaticHttpServer server;
  private static HeadlessChromium chromium;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    server = SampleSite.serve();
    chromium = HeadlessChromium.start(1280, 1000);
    driver = chromium.driver();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /**
   * The box {left, right, top, bottom} of the header cell with exactly {@code text} in {@code
   * table}.
   */
  @SuppressWarnings("unchecked")
  private static List<Double> box(String table, String text, int nth) {
    Object r =
        driver.executeScript(
            "const cells = [...document.querySelectorAll('table.' + arguments[0] + ' th')]"
                + ".filter(c => c.textContent.trim() === arguments[1]);"
                + "const b = cells[arguments[2]].getBoundingClientRect();"
                + "return [b.left, b.right, b.top, b.bottom];",
            table,
            text,
            nth);
    return ((List<Number>) r).stream().map(Number::doubleValue).toList();
  }

  private static void assertNear(double expected, double actual, String what) {
    assertTrue(
        Math.abs(expected - actual) <= 1.5, what + ": expected " + expected + ", was " + actual);
  }

  @Test
  void mergedHeadersSpanTheColumnsAndRowsUnderThem() {
    driver.get(server.url(PAGE));
    String t3 = "disclosure-applications";
    List<Double> applicants = box(t3, "申请人情况", 0);
    List<Double> natural = box(t3, "自然人", 0);
    List<Double> total = box(t3, "总计", 0);
    assertNear(natural.get(0), applicants.get(0), "申请人情况 starts over 自然人");
    assertNear(total.get(1), applicants.get(1), "申请人情况 ends over 总计");
    List<Double> legal = box(t3, "法人或其他组织", 0);
    assertNear(box(t3, "商业企业", 0).get(0), legal.get(0), "法人或其他组织 starts over 商业企业");
    assertNear(box(t3, "其他", 0).get(1), legal.get(1), "法人或其他组织 ends over 其他");
    assertTrue(applicants.get(1) - applicants.get(0) > 5 * (natural.get(1) - natural.get(0)) - 1);
    // 三、本年度办理结果 spans its 22 rows, from （一）予以公开 to （七）总计.
    List<Double> results = box(t3, "三、本年度办理结果", 0);
    assertNear(box(t3, "（一）予以公开", 0).get(2), results.get(2), "三 starts at （一）");
    assertNear(box(t3, "（七）总计", 0).get(3), results.get(3), "三 ends at （七）");
    List<Double> refused = box(t3, "（三）不予公开", 0);
    assertNear(box(t3, "1.属于国家秘密", 0).get(2), refused.get(2), "（三） starts at 1.");
    assertNear(box(t3, "8.属于行政查询事项", 0).get(3), refused.get(3), "（三） ends at 8.");

    String t4 = "disclosure-reviews";
    List<Double> lawsuits = box(t4, "行政诉讼", 0);
    assertNear(box(t4, "未经复议直接起诉", 0).get(0), lawsuits.get(0), "行政诉讼 starts over 未经复议直接起诉");
    assertNear(box(t4, "复议后起诉", 0).get(1), lawsuits.get(1), "行政诉讼 ends over 复议后起诉");
    List<Double> direct = box(t4, "未经复议直接起诉", 0);
    assertNear(box(t4, "结果维持", 1).get(0), direct.get(0), "未经复议直接起诉 starts over its 结果维持");
    assertNear(box(t4, "总计", 1).get(1), direct.get(1), "未经复议直接起诉 ends over its 总计");
    // 表四's one data row has 15 cells side by side, each under its own header.
    Object cells =
        driver.executeScript(
            "return [...document.querySelectorAll('table.disclosure-reviews tbody td')]"
                + ".map(c => Math.round(c.getBoundingClientRect().top));");
    assertEquals(15, ((List<?>) cells).size());
    assertEquals(1, ((List<?>) cells).stream().distinct().count(), "one row: " + cells);
    chromium.screenshot(SampleSite.artifacts().resolve("disclosure-report.png"));
  }

  @Test
  void printsEveryTableWithinTheA4TextBlock() throws IOException {
    driver.get(server.url(PAGE));
    chromium.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      Object overflow =
          driver.executeScript(
              "return [...document.querySelectorAll('table.disclosure-table')]"
                  + ".filter(t => t.getBoundingClientRect().right"
                  + " > document.querySelector('.report-body').getBoundingClientRect().right + 1)"
                  + ".map(t => t.className);");
      assertEquals(List.of(), overflow, "tables wider than the text block in print");
    } finally {
      chromium.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    byte[] pdf = chromium.printToPdf();
    Path file = SampleSite.artifacts().resolve("disclosure-report.pdf");
    HeadlessChromium.write(file, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle a4 = PDRectangle.A4;
      assertNear(a4.getWidth(), doc.getPage(0).getMediaBox().getWidth(), "A4 width");
      String text = new PDFTextStripper().getText(doc);
      for (String label : List.of("表二", "表三", "表四", "复议后起诉", "四、结转下年度继续办理")) {
        assertTrue(text.contains(label), label + " not printed");
      }
    }
  }
}
