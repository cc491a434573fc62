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
  private static final int EXTRA_ROWS = 5;
  private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–]\\d+[-—–]");

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
      if (w.isEmpty() || SEPARATOR.matcher(w).matches() || PAGE_NUMBER.matcher(w).matches()) {
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
    String firstLeaf = Labels.normalize(RowLabels.leaf(table.rows().get(0)));
    int limit = Math.min(tokens.size(), anchor + HEADER_SEARCH);
    while (i < limit && !(Labels.normalize(tokens.get(i).text()).equals(firstLeaf))) {
      if (!tokens.get(i).number() && i + 1 < tokens.size() && tokens.get(i + 1).number()) {
        break;
      }
      header.add(tokens.get(i).text());
      i++;
    }
    StringBuilder md = headerLine(table, columns(table, header));
    List<String> rows = table.rows();
    int next = 0;
    for (int written = 0; written < rows.size() + EXTRA_ROWS; written++) {
      i = skipGroups(table, tokens, i);
      if (i >= tokens.size() || tokens.get(i).number()) {
        break;
      }
      int end = RowLabels.end(tokens, i, next < rows.size() ? rows.get(next) : "");
      String label = RowLabels.joined(tokens, i, end);
      int known = RowLabels.rowOf(rows, label, next);
      boolean hasNumbers = end < tokens.size() && tokens.get(end).number();
      if (known < 0 && !hasNumbers) {
        break;
      }
      i = end;
      List<String> cells = new ArrayList<>();
      while (cells.size() < table.columns().size() && i < tokens.size() && tokens.get(i).number()) {
        cells.add(tokens.get(i).text());
        i++;
      }
      md.append(row(known >= 0 ? rows.get(known) : label, cells, table.columns().size()));
      next = known >= 0 ? known + 1 : next + 1;
    }
    return new Reading(i, md.toString());
  }

  /**
   * Past the group labels of 表三 (三、本年度办理结果, （三）不予公开…) that stand alone in the flow, not past one
   * followed by numbers: that is a group printed as one row, and is written as found.
   */
  private static int skipGroups(DisclosureTable table, List<Token> tokens, int i) {
    while (table == DisclosureTable.APPLICATIONS
        && i + 1 < tokens.size()
        && !tokens.get(i).number()
        && !tokens.get(i + 1).number()
        && RESULT_GROUPS.contains(Labels.normalize(tokens.get(i).text()))) {
      i++;
    }
    return i;
  }

  private static String row(String label, List<String> cells, int columns) {
    StringBuilder md = new StringBuilder("| ").append(label);
    for (int c = 0; c < columns; c++) {
      md.append(" | ").append(c < cells.size() ? cells.get(c) : "");
    }
    return md.append(" |\n").toString();
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
    String ownJoined = Labels.normalize(String.join("", own)).replaceFirst("^信息内容", "");
    if (ownJoined.equals(Labels.normalize(String.join("", table.columns())))) {
      // A text copy runs the header cells together: 信息内容本年制发件数本年废止件数现行有效件数.
      return table.columns();
    }
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
}
