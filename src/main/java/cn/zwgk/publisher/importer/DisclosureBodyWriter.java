package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.annualreport.DisclosureTableLocator;
import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the body of an imported 政府信息公开工作年度报告: its text as {@link MarkdownBodyWriter} writes it,
 * with the national tables — however the input flattened them — in the editor's form (see {@link
 * DisclosureTableLocator}). Stateless.
 */
final class DisclosureBodyWriter {
  private static final String MARK = "ZWGKDISCLOSURETABLE";

  private DisclosureBodyWriter() {}

  /** The body, and where in the input each table found was. */
  record Result(
      String markdown, List<DisclosureTableLocator.Found> found, List<SourcePosition> at) {}

  /** Whether the input is a 年报: its title says so, or it holds the national tables. */
  static boolean applies(String title, List<SourceBlock> body) {
    if (title.contains("政府信息公开工作年度报告") || title.contains("政府信息公开年度报告")) {
      return true;
    }
    return !new DisclosureTableLocator().locate(units(lines(body))).isEmpty();
  }

  static Result write(List<SourceBlock> body) {
    List<SourceBlock> lines = lines(body);
    List<DisclosureTableLocator.Found> found = new DisclosureTableLocator().locate(units(lines));
    List<SourceBlock> out = new ArrayList<>();
    List<SourcePosition> at = new ArrayList<>();
    for (DisclosureTableLocator.Found f : found) {
      at.add(lines.get(f.firstUnit()).at());
    }
    for (int u = 0; u < lines.size(); u++) {
      boolean inTable = false;
      for (int k = 0; k < found.size(); k++) {
        DisclosureTableLocator.Found f = found.get(k);
        if (f.firstUnit() == u) {
          out.add(new Paragraph(MARK + k, lines.get(u).at()));
        }
        inTable |= f.firstUnit() <= u && u <= f.lastUnit();
      }
      if (!inTable) {
        out.add(lines.get(u));
      }
    }
    String markdown = MarkdownBodyWriter.write(out);
    // Highest first, so that MARK1 is not replaced inside MARK10.
    for (int k = found.size() - 1; k >= 0; k--) {
      markdown = markdown.replace(MARK + k, found.get(k).markdown().strip());
    }
    return new Result(markdown, found, at);
  }

  /** Paragraphs split at line breaks, so that a table flattened into lines can be cut out. */
  private static List<SourceBlock> lines(List<SourceBlock> body) {
    List<SourceBlock> lines = new ArrayList<>();
    for (SourceBlock b : body) {
      if (b instanceof Paragraph p && p.text().indexOf('\n') >= 0) {
        int offset = 0;
        for (String line : p.text().split("\n", -1)) {
          if (!line.isBlank()) {
            lines.add(p.withText(line.strip(), offset));
          }
          offset += line.length() + 1;
        }
      } else {
        lines.add(b);
      }
    }
    return lines;
  }

  private static List<List<String>> units(List<SourceBlock> lines) {
    List<List<String>> units = new ArrayList<>();
    for (SourceBlock b : lines) {
      if (b instanceof Paragraph p) {
        units.add(List.of(p.text()));
      } else {
        List<String> cells = new ArrayList<>();
        ((SourceBlock.Table) b).rows().forEach(cells::addAll);
        units.add(cells);
      }
    }
    return units;
  }
}
