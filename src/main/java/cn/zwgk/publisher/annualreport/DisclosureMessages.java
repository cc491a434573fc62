package cn.zwgk.publisher.annualreport;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every message about the national tables, each built in one place so that it can move into a
 * resource bundle. A message says what is wrong and, in brackets, what was expected.
 */
final class DisclosureMessages {
  static final String FORMAT = "国办公开办函〔2021〕30号";

  private DisclosureMessages() {}

  /** The field of a cell: {@code 表三 三、（七）总计 × 自然人}. */
  static String cell(DisclosureTable table, int row, int column) {
    return table.displayName() + " " + table.rows().get(row) + " × " + table.columns().get(column);
  }

  static String missingTable(DisclosureTable table) {
    return "is missing (expected a pipe table whose first header cell is "
        + table.headerLabel()
        + ", as "
        + FORMAT
        + " requires; see docs/annual-report.md)";
  }

  static String givenTwice(int firstLine) {
    return "is given twice (first on line " + firstLine + "; expected once)";
  }

  static String noSeparator() {
    return "has no |---| line under its header (expected a Markdown pipe table)";
  }

  static String missingColumn(String expected) {
    return "has no column " + expected + " (expected it next, as in " + FORMAT + ")";
  }

  static String wrongColumn(String found, String expected) {
    return "column \"" + found + "\" is not the format's \"" + expected + "\" (expected it next)";
  }

  static String extraColumn(String found) {
    return "has an extra column \"" + found + "\" (the format has no such column)";
  }

  static String missingRow(String expected) {
    return "row " + expected + " is missing (expected it next, as in " + FORMAT + ")";
  }

  static String wrongRow(DisclosureTable table, String found, int index) {
    List<String> rows = table.rows();
    String expected = rows.get(index);
    for (int later = index + 1; later < rows.size(); later++) {
      if (Labels.same(rows.get(later), found)) {
        return "row " + expected + " is missing (expected it before " + rows.get(later) + ")";
      }
    }
    return "row \"" + found + "\" is not the format's \"" + expected + "\" (expected it next)";
  }

  static String extraRow(String found) {
    return "has an extra row \"" + found + "\" (the format has no such row)";
  }

  static String missingCell() {
    return "is missing (expected a number, 0 when there is none)";
  }

  static String extraCell(String found) {
    return "has an extra cell \"" + found + "\" (the format has no such column)";
  }

  static String notANumber(String found, boolean amount) {
    String what =
        amount
            ? "an amount in 万元 such as 0 or 1.25"
            : "a whole number of 0 or more, 0 when there is none";
    return (found.isEmpty() ? "is empty" : "\"" + found + "\" is not a number")
        + " (expected "
        + what
        + ")";
  }

  static String rowTotal(BigDecimal total, BigDecimal sum, String parts) {
    return "is " + total + ", but " + parts + " add up to " + sum + " (expected their sum)";
  }

  static String balance(
      BigDecimal newOnes, BigDecimal carriedIn, BigDecimal results, BigDecimal carriedOut) {
    return "一 + 二 = "
        + newOnes
        + " + "
        + carriedIn
        + " = "
        + newOnes.add(carriedIn)
        + ", but 三（七） + 四 = "
        + results
        + " + "
        + carriedOut
        + " = "
        + results.add(carriedOut)
        + " (expected equal: 第一项加第二项之和，等于第三项加第四项之和)";
  }

  static String carriedOver(BigDecimal carriedIn, String lastPath, BigDecimal carriedOut) {
    return "is "
        + carriedIn
        + ", but "
        + lastPath
        + " carried "
        + carriedOut
        + " over (四、结转下年度继续办理; expected equal)";
  }

  static String inForce(
      BigDecimal now, String lastPath, BigDecimal last, BigDecimal issued, BigDecimal repealed) {
    return "is "
        + now
        + ", but "
        + lastPath
        + " had "
        + last
        + " in force, + "
        + issued
        + " 本年制发 − "
        + repealed
        + " 本年废止 = "
        + last.add(issued).subtract(repealed)
        + " (expected equal)";
  }
}
