package cn.zwgk.publisher.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the national tables in a published 年报 however it was flattened — real tables, pipe rows on
 * one line, one cell per line, or cells run together on a line with spaces — and writes each in the
 * editor's form. It reads labels and numbers in reading order: each table starts at its own anchor
 * label, each row is its label followed by its numbers. A row label that is not the format's, a
 * header that is not the format's, or a row with too few numbers is written as found (blank cells
 * for the missing numbers), so that validation names the difference. Thread-safe.
 */
public final class DisclosureTableLocator {
  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Set<String> RESULT_GROUPS =
      Set.of(
          Labels.normalize("三、本年度办理结果"),
          Labels.normalize("（三）不予公开"),
          Labels.normalize("（四）无法提供"),
          Labels.normalize("（五）不予处理"),
          Labels.normalize("（六）其他处理"));
  private static final Pattern SEPARATOR = Pattern.compile(":?-+:?");
  private static final int HEADER_SEARCH = 40;

  /**
   * A table found: the units it spans (first and last, inclusive) and its editor's form.
   *
   * @param markdown the table as a Markdown pipe table in the editor's form
   */
  public record Found(DisclosureTable table, int firstUnit, int lastUnit, String markdown) {}

  /** A label or a number, and the unit it came from. */
  record Token(String text, int unit, boolean number) {}

  /**
   * The tables of {@code units}, in reading order. A unit is a line of text or a table, given as
   * its cells (a line of text is one cell, or the cells between its {@code |}).
   */
  public List<Found> locate(List<List<String>> units) {
    List<Token> tokens = tokens(units);
    List<Found> found = new ArrayList<>();
    int cursor = 0;
    for (DisclosureTable table : DisclosureTable.values()) {
      Optional<int[]> anchor = anchor(table, tokens, cursor);
      if (anchor.isEmpty()) {
        continue;
      }
      Reading reading =
          table == DisclosureTable.REVIEWS
              ? reviews(tokens, anchor.get()[0])
              : rows(table, tokens, anchor.get()[0]);
      found.add(
          new Found(
              table,
              tokens.get(anchor.get()[0]).unit(),
              tokens.get(Math.max(anchor.get()[0], reading.end() - 1)).unit(),
              reading.markdown()));
      cursor = reading.end();
    }
    return found;
  }

  static List<Token> tokens(List<List<String>> units) {
    List<Token> tokens = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      for (String cell : units.get(u)) {
        for (String piece : cell.split("\\|")) {
          words(piece, u, tokens);
        }
      }
    }
    return tokens;
  }

  /**
   * Splits at spaces only around numbers: 商业 企业 is one label, 四、结转… 0 0 0 is a label and three
   * numbers.
   */
  private static void words(String piece, int unit, List<Token> out) {
    StringBuilder label = new StringBuilder();
    for (String w : piece.strip().split("[\\s\u3000]+")) {
      if (w.isEmpty() || SEPARATOR.matcher(w).matches()) {
        continue;
      }
      String digits = DisclosureFormParser.digits(w);
      if (NUMBER.matcher(digits).matches()) {
        if (label.length() > 0) {
          out.add(new Token(label.toString(), unit, false));
          label.setLength(0);
        }
        out.add(new Token(digits, unit, true));
      } else {
        label.append(w);
      }
    }
    if (label.length() > 0) {
      out.add(new Token(label.toString(), unit, false));
    }
  }

  /** The index of the anchor token of {@code table} at or after {@code from}. */
  private static Optional<int[]> anchor(DisclosureTable table, List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.number()) {
        continue;
      }
      String n = Labels.normalize(t.text());
      boolean hit =
          switch (table) {
            case APPLICATIONS ->
                n.startsWith(Labels.normalize("（本列数据的勾稽关系")) || n.equals(Labels.normalize("申请人情况"));
            case REVIEWS -> n.startsWith(Labels.normalize("行政复议"));
            default -> n.equals(Labels.normalize(table.headerLabel()));
          };
      if (hit) {
        return Optional.of(new int[] {i});
      }
    }
    return Optional.empty();
  }

  private record Reading(int end, String markdown) {}

  private static Reading rows(DisclosureTable table, List<Token> tokens, int anchor) {
    int i = anchor + 1;
    List<String> header = new ArrayList<>();
    String firstLeaf = Labels.normalize(leaf(table.rows().get(0)));
    int limit = Math.min(tokens.size(), anchor + HEADER_SEARCH);
    while (i < limit && !(Labels.normalize(tokens.get(i).text()).equals(firstLeaf))) {
      if (!tokens.get(i).number() && i + 1 < tokens.size() && tokens.get(i + 1).number()) {
        break;
      }
      header.add(tokens.get(i).text());
      i++;
    }
    List<String> columns = columns(table, header);
    int n = table.columns().size();
    StringBuilder md = headerLine(table, columns);
    for (String row : table.rows()) {
      while (i < tokens.size()
          && !tokens.get(i).number()
          && table == DisclosureTable.APPLICATIONS
          && RESULT_GROUPS.contains(Labels.normalize(tokens.get(i).text()))) {
        i++;
      }
      if (i >= tokens.size() || tokens.get(i).number()) {
        break;
      }
      String label = tokens.get(i).text();
      i++;
      List<String> cells = new ArrayList<>();
      while (cells.size() < n && i < tokens.size() && tokens.get(i).number()) {
        cells.add(tokens.get(i).text());
        i++;
      }
      md.append("| ").append(matches(row, label) ? row : label);
      for (int c = 0; c < n; c++) {
        md.append(" | ").append(c < cells.size() ? cells.get(c) : "");
      }
      md.append(" |\n");
    }
    return new Reading(i, md.toString());
  }

  private static Reading reviews(List<Token> tokens, int anchor) {
    int i = anchor + 1;
    List<String> numbers = new ArrayList<>();
    while (i < tokens.size() && numbers.size() < 15) {
      Token t = tokens.get(i);
      if (t.number()) {
        numbers.add(t.text());
      } else if (Labels.normalize(t.text()).startsWith("五.")) {
        // Labels between the numbers are the editor's own row labels or a page's header cells.
        break;
      }
      i++;
    }
    DisclosureTable table = DisclosureTable.REVIEWS;
    StringBuilder md = headerLine(table, table.columns());
    for (int r = 0; r < 3; r++) {
      md.append("| ").append(table.rows().get(r));
      for (int c = 0; c < 5; c++) {
        int k = r * 5 + c;
        md.append(" | ").append(k < numbers.size() ? numbers.get(k) : "");
      }
      md.append(" |\n");
    }
    return new Reading(i, md.toString());
  }

  private static StringBuilder headerLine(DisclosureTable table, List<String> columns) {
    StringBuilder md = new StringBuilder("| ").append(table.headerLabel());
    for (String c : columns) {
      md.append(" | ").append(c);
    }
    md.append(" |\n|---");
    md.append("|---:".repeat(columns.size()));
    return md.append("|\n");
  }

  /** The format's columns when the page's header says them, else the page's own labels. */
  private static List<String> columns(DisclosureTable table, List<String> header) {
    if (table == DisclosureTable.APPLICATIONS || header.isEmpty()) {
      return table.columns();
    }
    List<String> own = header.stream().filter(h -> !Labels.same(h, "信息内容")).toList();
    if (own.size() != table.columns().size()) {
      return own.isEmpty() ? table.columns() : own;
    }
    for (int c = 0; c < own.size(); c++) {
      if (!Labels.same(own.get(c), table.columns().get(c))) {
        return own;
      }
    }
    return table.columns();
  }

  /** The last part of a row label, as a page prints it in its own cell. */
  static String leaf(String row) {
    int space = row.lastIndexOf(' ');
    if (space >= 0) {
      return row.substring(space + 1);
    }
    return row.startsWith("三、（") ? row.substring(2) : row;
  }

  static boolean matches(String row, String found) {
    String f = Labels.normalize(found);
    String leaf = Labels.normalize(leaf(row));
    return f.equals(leaf)
        || f.equals(Labels.normalize(row))
        || (f.length() >= 4 && leaf.startsWith(f));
  }
}
