package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zwgk.publisher.problem.InvalidContentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word files, made here with Apache POI from seed 002 as Chinese Word saves them: heading styles
 * with ids "1" and "2" named "heading 1" and "heading 2", a real _GoBack bookmark instead of the
 * converter's text residue, and a table.
 */
class DocxReaderTest {
  private static final String SEED = "002_cde1628b69510f98";
  private static final String TABLE_MARKDOWN =
      "| 项目 | 2023年 |\n| --- | --- |\n| 排查矛盾纠纷 | 245件 |\n| 调解成功 | 243件 |";

  @Test
  void wordFileOfSeedImportsLikeTheSeedPlusItsTable() throws IOException {
    ImportedReport report = ImportFixtures.importBytes(SEED + ".docx", seedAsDocx());
    String golden =
        new String(
            ImportFixtures.resource(ImportFixtures.GOLDEN + SEED + ".md"), StandardCharsets.UTF_8);
    // The Word file styles every （一） line Heading 2, and a heading style is the author's word:
    // the three statements the plain seed lists under 二、 (siblings with nothing between them, so
    // not headings there) are headings here.
    String expected =
        golden
            .replace("### （六）", TABLE_MARKDOWN + "\n\n### （六）")
            .replaceAll("(?m)^(（[一二三]）[^\n]*有差距)", "### $1");
    assertEquals("docx", report.format());
    assertEquals(expected, ImportFixtures.fileText(report));
    assertEquals(List.of(), report.removals(), "a real bookmark leaves no residue");
  }

  @Test
  void headingStyleWithoutMarkerGivesTheHeadingLevel() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      headingStyles(doc);
      paragraph(doc, "关于2024年法治政府建设工作的报告", "Title");
      paragraph(doc, "工作成效", "1");
      paragraph(doc, "全年开展法治讲座18场次。", null);
      paragraph(doc, "主要做法", "2");
      paragraph(doc, "一是抓学习。二是抓执法。", null);
      ImportedReport report = ImportFixtures.importBytes("x.docx", bytes(doc));
      assertEquals("## 工作成效\n\n全年开展法治讲座18场次。\n\n### 主要做法\n\n一是抓学习。二是抓执法。\n", report.body());
      assertEquals("关于2024年法治政府建设工作的报告", report.header().get("title"));
    }
  }

  @Test
  void emptyWordFileIsAnErrorNamingIt() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      byte[] bytes = bytes(doc);
      var e =
          assertThrows(
              InvalidContentException.class, () -> ImportFixtures.importBytes("e.docx", bytes));
      assertEquals(
          "e.docx: input: the Word file has no text (expected a report)",
          e.problems().get(0).format());
    }
  }

  @Test
  void brokenZipIsAnErrorNamingIt() {
    byte[] bytes = {'P', 'K', 3, 4, 1, 2, 3};
    var e =
        assertThrows(
            InvalidContentException.class, () -> ImportFixtures.importBytes("f.docx", bytes));
    String message = e.problems().get(0).format();
    assertEquals(true, message.startsWith("f.docx: input: not a readable .docx file ("), message);
    assertEquals(
        true, message.endsWith("; save it again from Word or LibreOffice as .docx"), message);
  }

  @Test
  void oldWordFormatIsAnErrorSayingHowToConvert() {
    byte[] bytes = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    var e =
        assertThrows(
            InvalidContentException.class, () -> ImportFixtures.importBytes("g.doc", bytes));
    assertEquals(
        "g.doc: input: this is a Word 97-2003 .doc file, which is not read (expected .docx: open"
            + " it in Word or LibreOffice and save as .docx, or run libreoffice --headless"
            + " --convert-to docx)",
        e.problems().get(0).format());
  }

  /** Seed 002 as a Word file: issuer lines, Title style, heading styles, a table in section (五). */
  static byte[] seedAsDocx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      headingStyles(doc);
      String[] lines = ImportFixtures.seedText(SEED).split("\n");
      for (String raw : lines) {
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("（六）")) {
          XWPFTable table = doc.createTable(3, 2);
          String[][] cells = {{"项目", "2023年"}, {"排查矛盾纠纷", "245件"}, {"调解成功", "243件"}};
          for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
              table.getRow(r).getCell(c).setText(cells[r][c]);
            }
          }
        }
        if (line.startsWith("[bookmark: _GoBack]")) {
          XWPFParagraph p = paragraph(doc, line.substring("[bookmark: _GoBack]".length()), null);
          var start = p.getCTP().addNewBookmarkStart();
          start.setName("_GoBack");
          start.setId(java.math.BigInteger.ZERO);
          p.getCTP().addNewBookmarkEnd().setId(java.math.BigInteger.ZERO);
          continue;
        }
        String style =
            line.startsWith("关于")
                ? "Title"
                : line.matches("^[一二三四五六七八九十]+、.*")
                    ? "1"
                    : line.matches("^（[一二三四五六七八九十]+）.*") ? "2" : null;
        paragraph(doc, line, style);
      }
      return bytes(doc);
    }
  }

  private static void headingStyles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    for (int level = 1; level <= 2; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId(String.valueOf(level));
      style.setType(STStyleType.PARAGRAPH);
      style.addNewName().setVal("heading " + level);
      styles.addStyle(new XWPFStyle(style, styles));
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text, String style) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
    return p;
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }
}
