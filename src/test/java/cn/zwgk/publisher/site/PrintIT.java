package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.testing.HeadlessChromium;
import cn.zwgk.publisher.testing.SampleSite;
import cn.zwgk.publisher.testing.StaticHttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Chromium prints report pages to PDF (DevTools {@code Page.printToPDF}, paper size from the page's
 * CSS, as the print dialog does); PDFBox reads the result back. The PDFs and a PNG of their first
 * pages are kept under {@code target/screenshots/} for a person to look at.
 */
class PrintIT {
  private static final String REPORT = SampleSite.PAGES.get("report");
  private static final String TITLE = "埔前镇2024年法治政府建设年度报告";
  private static final List<String> METADATA_LABELS =
      List.of("索引号", "分类", "发布机构", "成文日期", "名称", "文号", "发布日期", "主题词");
  private static final String LAST_PARAGRAPH = "无其他需要报告的情况。";

  /** Words of the page furniture: navigation, breadcrumb, controls, neighbours, site footer. */
  private static final List<String> FURNITURE =
      List.of(
          "跳到正文",
          "按乡镇",
          "按年度",
          "公开情况总览",
          "长者模式",
          "高对比度",
          "字体",
          "大号字体",
          "【",
          "】",
          "上一篇",
          "下一篇",
          "当前位置",
          "法治政府建设年度报告公开平台");

  private static StaticHttpServer server;
  private static HeadlessChromium chromium;
  private static ChromeDriver driver;
  private static Path shots;

  @BeforeAll
  static void start() throws IOException {
    server = SampleSite.serve();
    chromium = HeadlessChromium.start();
    driver = chromium.driver();
    shots = SampleSite.artifacts();
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

  @BeforeEach
  void firstTimeReader() {
    chromium.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    driver.get(server.url(REPORT));
    driver.executeScript("window.localStorage.clear();");
  }

  @Test
  void printsTheDocumentOnA4WithoutPageFurniture() throws IOException {
    driver.get(server.url(REPORT));
    byte[] pdf = chromium.printToPdf();
    HeadlessChromium.write(shots.resolve("print-report.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 2, "a long report: " + doc.getNumberOfPages());
      for (PDPage page : doc.getPages()) {
        PDRectangle box = page.getMediaBox();
        assertEquals(595.3, box.getWidth(), 1.0, "A4 width in points");
        assertEquals(841.9, box.getHeight(), 1.0, "A4 height in points");
      }
      String text = text(doc);
      String firstLine = text.strip().lines().findFirst().orElse("");
      assertEquals(TITLE, firstLine.strip(), "the title comes first");
      for (String label : METADATA_LABELS) {
        assertTrue(text.contains(label), "metadata label " + label);
      }
      assertTrue(text.contains("11441602730470987N/2025-00002"), "index number");
      assertTrue(text.contains(LAST_PARAGRAPH), "last paragraph");
      for (String furniture : FURNITURE) {
        assertFalse(text.contains(furniture), "printed page furniture: " + furniture);
      }
      assertFalse(text.lines().anyMatch(l -> l.strip().equals("打印")), "the 【打印】 button");
      savePreview(doc, "print-report");
    }
  }

  @Test
  void everyPageFooterHasPageNumberAddressAndPrintDate() throws IOException {
    driver.get(server.url(REPORT));
    try (PDDocument doc = Loader.loadPDF(chromium.printToPdf())) {
      int pages = doc.getNumberOfPages();
      LocalDate today = LocalDate.now();
      for (int p = 1; p <= pages; p++) {
        String page = text(doc, p, p);
        assertTrue(
            page.contains("— " + p + " / " + pages + " —"), "page number on " + p + ": " + page);
        assertTrue(page.contains("本页网址：" + server.url(REPORT)), "address on page " + p);
        assertTrue(
            page.contains("打印日期：" + today) || page.contains("打印日期：" + today.minusDays(1)),
            "print date on page " + p);
      }
    }
  }

  /**
   * The fonts Chromium really used for the printed text, asked through DevTools ({@code
   * CSS.getPlatformFontsForNode} under print media): the official fonts are not installed here, so
   * the open fallbacks of the stacks must be the ones drawing the glyphs, not a generic font.
   * (Chromium embeds these CFF-based fonts as Type 3 outlines, which keep no font name in the PDF.)
   */
  @Test
  void chineseIsSetInRealCjkFonts() {
    driver.get(server.url(REPORT));
    chromium.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      chromium.cdp("DOM.enable", Map.of());
      chromium.cdp("CSS.enable", Map.of());
      assertEquals(List.of("Noto Serif CJK SC"), fontsOf(".report-title"), "title (方正小标宋 stack)");
      assertEquals(List.of("Noto Serif CJK SC"), fontsOf(".report-body p"), "text (仿宋 stack)");
      assertEquals(
          List.of("Noto Sans CJK SC"), fontsOf(".report-body h2"), "一、 heading (黑体 stack)");
      assertEquals(List.of("Noto Sans CJK SC"), fontsOf(".doc-meta th"), "metadata table");
    } finally {
      chromium.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> fontsOf(String selector) {
    Map<String, Object> document = chromium.cdp("DOM.getDocument", Map.of("depth", 0));
    Object rootId = ((Map<String, Object>) document.get("root")).get("nodeId");
    Map<String, Object> found =
        chromium.cdp("DOM.querySelector", Map.of("nodeId", rootId, "selector", selector));
    Map<String, Object> fonts =
        chromium.cdp("CSS.getPlatformFontsForNode", Map.of("nodeId", found.get("nodeId")));
    List<String> families = new ArrayList<>();
    for (Map<String, Object> font : (List<Map<String, Object>>) fonts.get("fonts")) {
      if (((Number) font.get("glyphCount")).intValue() > 0) {
        families.add((String) font.get("familyName"));
      }
    }
    return families.stream().distinct().sorted().toList();
  }

  @Test
  void noHeadingEndsAPageAndNoTableRowIsSplit() throws IOException {
    driver.get(server.url(REPORT));
    // Enough headings, paragraphs of varying length and a tall table that page breaks must fall
    // next to some of them.
    driver.executeScript(
        "var body = document.querySelector('.report-body');"
            + "var html = '';"
            + "for (var i = 1; i <= 24; i++) {"
            + "  html += '<h3>（' + i + '）测试标题第' + i + '项</h3>';"
            + "  html += '<p>' + '测试段落文字'.repeat(i % 7 + 1) + '结束' + i + '。</p>';"
            + "}"
            + "html += '<table><tbody>';"
            + "for (var r = 1; r <= 30; r++) {"
            + "  html += '<tr><td>行' + r + '起' + '表格单元格内容'.repeat(30) + '行' + r + '止</td><td>' + r + '</td></tr>';"
            + "}"
            + "html += '</tbody></table>';"
            + "body.insertAdjacentHTML('beforeend', html);");
    try (PDDocument doc = Loader.loadPDF(chromium.printToPdf())) {
      HeadlessChromium.write(shots.resolve("print-breaks.pdf"), bytes(doc));
      List<String> problems = new ArrayList<>();
      for (int p = 1; p < doc.getNumberOfPages(); p++) {
        List<String> lines = bodyLines(text(doc, p, p));
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (last.matches("（\\d+）测试标题第\\d+项") || last.matches("[一二三四五六七八九十]+、.*")) {
          problems.add("page " + p + " ends with the heading " + last);
        }
      }
      for (int r = 1; r <= 30; r++) {
        int start = pageOf(doc, "行" + r + "起");
        int end = pageOf(doc, "行" + r + "止");
        if (start != end) {
          problems.add("table row " + r + " runs from page " + start + " to page " + end);
        }
      }
      assertEquals(List.of(), problems);
    }
  }

  @Test
  void screenPreferencesDoNotChangeThePrint() throws IOException {
    driver.get(server.url(REPORT));
    int plainPages;
    try (PDDocument doc = Loader.loadPDF(chromium.printToPdf())) {
      plainPages = doc.getNumberOfPages();
    }
    driver.executeScript(
        "localStorage.setItem('zwgk.elderly', 'on'); localStorage.setItem('zwgk.high-contrast', 'on');"
            + " localStorage.setItem('zwgk.font-size', 'large');");
    driver.get(server.url(REPORT));
    String classes = (String) driver.executeScript("return document.documentElement.className;");
    assertTrue(classes.contains("elderly") && classes.contains("high-contrast"), classes);
    try (PDDocument doc = Loader.loadPDF(chromium.printToPdf())) {
      assertEquals(plainPages, doc.getNumberOfPages(), "same pagination as the plain print");
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 50);
      int corner = page.getRGB(5, 5) & 0xffffff;
      assertEquals(0xffffff, corner, "white paper, not the high-contrast black");
    }
  }

  @Test
  void printsTheAddressUnderTheTextWithoutJavaScript() throws IOException {
    chromium.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    driver.get(server.url(REPORT));
    try (PDDocument doc = Loader.loadPDF(chromium.printToPdf())) {
      String text = text(doc);
      assertTrue(
          text.contains("本页网址：https://www.example.gov.cn/zwgk/" + REPORT), "address: " + text);
      assertFalse(text.contains("打印日期"), "no script, no print date");
      assertTrue(text.contains(LAST_PARAGRAPH));
    }
  }

  @Test
  void printsHeadingLevelsImagesAndTheAttachmentList() throws IOException {
    driver.get(server.url(SampleSite.PAGES.get("report-with-attachments")));
    byte[] pdf = chromium.printToPdf();
    HeadlessChromium.write(shots.resolve("print-report-with-attachments.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = text(doc);
      for (String heading : List.of("一、主要举措和成效", "（一）提高政治站位", "1. 健全领导机构", "（1）落实述法制度")) {
        assertTrue(text.contains(heading), heading);
      }
      assertTrue(text.contains("附件"), "attachments heading");
      assertTrue(text.contains("原件.pdf（PDF，631 B）"), "attachment with type and size: " + text);
      assertTrue(text.contains("附件1.docx（DOCX，1017 B）"), "second attachment");
      boolean hasImage = false;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          hasImage |= page.getResources().isImageXObject(name);
        }
      }
      assertTrue(hasImage, "the image is printed");
      savePreview(doc, "print-report-with-attachments");
    }
  }

  private static String text(PDDocument doc) throws IOException {
    return text(doc, 1, doc.getNumberOfPages());
  }

  private static String text(PDDocument doc, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(doc);
  }

  /** The lines of a page without its footer (page number, address, print date). */
  private static List<String> bodyLines(String page) {
    return page.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .filter(
            l -> !l.contains("本页网址") && !l.contains("打印日期") && !l.matches(".*— \\d+ / \\d+ —.*"))
        .toList();
  }

  private static int pageOf(PDDocument doc, String marker) throws IOException {
    for (int p = 1; p <= doc.getNumberOfPages(); p++) {
      if (text(doc, p, p).contains(marker)) {
        return p;
      }
    }
    throw new AssertionError(marker + " is not printed");
  }

  private static byte[] bytes(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** The print preview a person looks at: each of the first two pages as a PNG. */
  private static void savePreview(PDDocument doc, String name) throws IOException {
    PDFRenderer renderer = new PDFRenderer(doc);
    for (int p = 0; p < Math.min(2, doc.getNumberOfPages()); p++) {
      BufferedImage image = renderer.renderImageWithDPI(p, 96);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      HeadlessChromium.write(shots.resolve(name + "-page-" + (p + 1) + ".png"), png.toByteArray());
    }
  }
}
