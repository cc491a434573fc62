package cn.zwgk.publisher.annualreport;

import java.util.List;

/**
 * How a flattened page's row labels are matched to the format's rows: a page prints only the last
 * part of a label in its own cell, may glue a group label to its first row, may wrap a label onto
 * the next line, and may cut a label short. Stateless.
 */
final class RowLabels {
  private RowLabels() {}

  /**
   * The end (exclusive) of the label starting at {@code i}: a label wrapped onto the next line is
   * joined with it while the two together still begin the expected row ({@code expected}).
   */
  static int end(List<DisclosureTableLocator.Token> tokens, int i, String expected) {
    int end = i + 1;
    String leaf = Labels.normalize(leaf(expected));
    String whole = Labels.normalize(expected);
    while (end < tokens.size() && !tokens.get(end).number()) {
      String more = Labels.normalize(joined(tokens, i, end + 1));
      if (!(leaf.startsWith(more) || whole.startsWith(more)) || expected.isEmpty()) {
        break;
      }
      end++;
    }
    return end;
  }

  static String joined(List<DisclosureTableLocator.Token> tokens, int from, int to) {
    StringBuilder label = new StringBuilder();
    for (int k = from; k < to; k++) {
      label.append(tokens.get(k).text());
    }
    return label.toString();
  }

  /** The index of the row at or after {@code from} that {@code label} names, or -1. */
  static int rowOf(List<String> rows, String label, int from) {
    for (int r = from; r < rows.size(); r++) {
      if (matches(rows.get(r), label)) {
        return r;
      }
    }
    return -1;
  }

  /** The last part of a row label, as a page prints it in its own cell. */
  static String leaf(String row) {
    int space = row.lastIndexOf(' ');
    if (space >= 0) {
      return row.substring(space + 1);
    }
    return row.startsWith("三、（") ? row.substring(2) : row;
  }

  /**
   * Whether {@code found} names {@code row}: its whole label, its last part, or the start of it.
   */
  static boolean matches(String row, String found) {
    String f = Labels.normalize(found);
    String leaf = Labels.normalize(leaf(row));
    String inGroup = Labels.normalize(row.startsWith("三、") ? row.substring(2) : row);
    return f.equals(leaf)
        || f.equals(Labels.normalize(row))
        || f.equals(inGroup)
        || (f.length() >= 4 && leaf.startsWith(f));
  }
}
