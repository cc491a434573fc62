package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes the body blocks of a report as Markdown: official headings as {@code ##}…{@code #####},
 * paragraphs as paragraphs, tables as pipe tables. The text is not reworded; Markdown syntax
 * characters are backslash-escaped so they show as written and no input becomes markup or HTML.
 * Stateless.
 */
public final class MarkdownBodyWriter {
  private static final Pattern LIST_START = Pattern.compile("^([0-9]{1,9})([.)])(?=\\s|$)");

  private MarkdownBodyWriter() {}

  /** The body: blocks separated by blank lines, ending with one newline. */
  public static String write(List<SourceBlock> blocks) {
    List<String> out = new ArrayList<>();
    List<Optional<OfficialHeadingParser.Heading>> headings = OfficialHeadingParser.parseAll(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      SourceBlock block = blocks.get(i);
      if (block instanceof Paragraph p) {
        paragraph(p, headings.get(i), out);
      } else {
        out.add(table((SourceBlock.Table) block));
      }
    }
    return String.join("\n\n", out) + "\n";
  }

  private static void paragraph(
      Paragraph p, Optional<OfficialHeadingParser.Heading> heading, List<String> out) {
    if (heading.isEmpty()) {
      out.add(escapeLineStart(escape(p.text())));
      return;
    }
    OfficialHeadingParser.Heading h = heading.get();
    out.add("#".repeat(h.level()) + " " + escape(h.text()));
    if (!h.rest().isEmpty()) {
      out.add(escapeLineStart(escape(h.rest())));
    }
  }

  private static String table(SourceBlock.Table table) {
    int width = table.rows().stream().mapToInt(List::size).max().orElse(1);
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < Math.max(table.rows().size(), 1); r++) {
      List<String> row = r < table.rows().size() ? table.rows().get(r) : List.of();
      out.append('|');
      for (int c = 0; c < width; c++) {
        String cell = c < row.size() ? escape(row.get(c)) : "";
        out.append(' ').append(cell).append(cell.isEmpty() ? "" : " ").append('|');
      }
      out.append('\n');
      if (r == 0) {
        out.append('|').append(" --- |".repeat(width)).append('\n');
      }
    }
    return out.toString().stripTrailing();
  }

  /** Backslash-escapes the characters that are Markdown or HTML syntax anywhere in a line. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|~&#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Escapes what would start a list, quote or setext underline at the start of a paragraph. */
  static String escapeLineStart(String text) {
    if (text.startsWith("-") || text.startsWith("+") || text.startsWith("=")) {
      return "\\" + text;
    }
    var m = LIST_START.matcher(text);
    if (m.find()) {
      return m.group(1) + "\\" + m.group(2) + text.substring(m.end());
    }
    return text;
  }
}
