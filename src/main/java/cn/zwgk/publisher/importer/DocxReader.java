package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import cn.zwgk.publisher.problem.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word (.docx) report with Apache POI: body paragraphs and tables in document order, the
 * heading level of Word heading styles (Heading 1 / 标题 1 → level 2, as the title is level 1), and
 * line breaks inside a paragraph as separate paragraphs. Positions: line = number of the body
 * element (paragraph or table) from 1, column = character in its text. Stateless.
 */
public final class DocxReader {
  private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");

  private DocxReader() {}

  /** Whether {@code bytes} start like a zip archive, which a .docx is. */
  public static boolean looksLikeZip(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  public static SourceDocument read(String path, byte[] bytes) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<SourceBlock> blocks = new ArrayList<>();
      int number = 0;
      for (IBodyElement element : doc.getBodyElements()) {
        number++;
        if (element instanceof XWPFParagraph p) {
          addParagraphs(p.getText(), number, headingLevel(doc, p), blocks);
        } else if (element instanceof XWPFTable t) {
          blocks.add(table(t, number));
        } else if (element instanceof XWPFSDT sdt) {
          addParagraphs(sdt.getContent().getText(), number, 0, blocks);
        }
      }
      if (blocks.isEmpty()) {
        throw TextDecoder.unreadable(path, Text.of("import.input.docx_empty"));
      }
      return new SourceDocument(path, "docx", "docx", blocks, java.util.Map.of(), List.of());
    } catch (IOException | RuntimeException e) {
      if (e instanceof cn.zwgk.publisher.problem.InvalidContentException invalid) {
        throw invalid;
      }
      throw TextDecoder.unreadable(
          path, Text.of("import.input.docx", e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private static void addParagraphs(String text, int number, int level, List<SourceBlock> blocks) {
    String[] lines = text.split("\n", -1);
    int offset = 0;
    for (String line : lines) {
      for (SourceBlock b : PlainTextReader.paragraphs(line)) {
        Paragraph p = (Paragraph) b;
        blocks.add(
            new Paragraph(p.text(), new SourcePosition(number, offset + p.at().column()), level));
      }
      offset += line.length() + 1;
    }
  }

  /** Markdown level of the paragraph's Word heading style, 0 when it has none. */
  private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
    String styleId = p.getStyle();
    if (styleId == null) {
      return 0;
    }
    String name = styleId;
    if (doc.getStyles() != null) {
      XWPFStyle style = doc.getStyles().getStyle(styleId);
      if (style != null && style.getName() != null) {
        name = style.getName();
      }
    }
    Matcher m = HEADING_STYLE.matcher(name.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      m = HEADING_STYLE.matcher(styleId);
      if (!m.matches()) {
        return 0;
      }
    }
    return Math.min(Integer.parseInt(m.group(1)) + 1, 6);
  }

  private static SourceBlock.Table table(XWPFTable table, int number) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        cells.add(cell.getText().replaceAll("\\s*\\n\\s*", " ").strip());
      }
      rows.add(cells);
    }
    return new SourceBlock.Table(rows, new SourcePosition(number, 1));
  }
}
