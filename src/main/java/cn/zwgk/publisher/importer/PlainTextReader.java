package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text report: every non-blank line is a paragraph (that is how Word and web pages
 * paste), with its line and the column where its text starts. Text copied from a disclosure page is
 * recognised by its metadata block and read like the page itself. Stateless.
 */
public final class PlainTextReader {
  private PlainTextReader() {}

  public static SourceDocument read(String path, byte[] bytes) {
    TextDecoder.DecodedText decoded = TextDecoder.decode(path, bytes);
    List<SourceBlock> blocks = paragraphs(decoded.text());
    List<Removal> removals = new ArrayList<>();
    ScrapedTextReader.Split split = ScrapedTextReader.split(blocks, removals);
    return new SourceDocument(
        path, "text", decoded.encoding(), split.body(), split.fields(), removals);
  }

  /** One paragraph per non-blank line, indentation (spaces, 全角 spaces, no-break spaces) cut. */
  static List<SourceBlock> paragraphs(String text) {
    List<SourceBlock> blocks = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int start = 0;
      while (start < line.length() && isBlank(line.charAt(start))) {
        start++;
      }
      int end = line.length();
      while (end > start && isBlank(line.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        blocks.add(new Paragraph(line.substring(start, end), new SourcePosition(i + 1, start + 1)));
      }
    }
    return blocks;
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u202F';
  }
}
