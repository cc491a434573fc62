package cn.zwgk.publisher.annualreport;

import cn.zwgk.publisher.problem.Text;
import java.math.BigDecimal;
import java.util.List;

/**
 * Every message about the national tables, each built in one place as a bundle text ({@code
 * disclosure.*} in the message bundles). A message says what is wrong and, in brackets, what was
 * expected. Field names ({@link #cell}) are the format's own labels and need no translation.
 */
final class DisclosureMessages {
  static final String FORMAT = "国办公开办函〔2021〕30号";

  private DisclosureMessages() {}

  /** The field of a cell: {@code 表三 三、（七）总计 × 自然人}. */
  static String cell(DisclosureTable table, int row, int column) {
    return table.displayName() + " " + table.rows().get(row) + " × " + table.columns().get(column);
  }

  static Text missingTable(DisclosureTable table) {
    return Text.of("disclosure.table.missing", table.headerLabel(), FORMAT);
  }

  static Text givenTwice(int firstLine) {
    return Text.of("disclosure.table.twice", firstLine);
  }

  static Text noSeparator() {
    return Text.of("disclosure.table.no_separator");
  }

  static Text missingColumn(String expected) {
    return Text.of("disclosure.column.missing", expected, FORMAT);
  }

  static Text wrongColumn(String found, String expected) {
    return Text.of("disclosure.column.wrong", found, expected);
  }

  static Text extraColumn(String found) {
    return Text.of("disclosure.column.extra", found);
  }

  static Text missingRow(String expected) {
    return Text.of("disclosure.row.missing", expected, FORMAT);
  }

  /** Row {@code index} is not what was found: missing before a later row, or renamed. */
  static Text wrongRow(DisclosureTable table, String found, int index) {
    List<String> rows = table.rows();
    String expected = rows.get(index);
    for (int later = index + 1; later < rows.size(); later++) {
      if (Labels.same(rows.get(later), found)) {
        return Text.of("disclosure.row.missing_before", expected, rows.get(later));
      }
    }
    return Text.of("disclosure.row.wrong", found, expected);
  }

  static Text extraRow(String found) {
    return Text.of("disclosure.row.extra", found);
  }

  static Text missingCell() {
    return Text.of("disclosure.cell.missing");
  }

  static Text extraCell(String found) {
    return Text.of("disclosure.cell.extra", found);
  }

  static Text notANumber(String found, boolean amount) {
    if (found.isEmpty()) {
      return amount
          ? Text.of("disclosure.cell.empty.amount")
          : Text.of("disclosure.cell.empty.count");
    }
    return amount
        ? Text.of("disclosure.cell.not_number.amount", found)
        : Text.of("disclosure.cell.not_number.count", found);
  }

  /** The parts of 三（七）总计 as problems name them. */
  static Text partsOfResults() {
    return Text.of("disclosure.parts.results");
  }

  static Text rowTotal(BigDecimal total, BigDecimal sum, Object parts) {
    return Text.of("disclosure.total.sum", total, parts, sum);
  }

  static Text balance(
      BigDecimal newOnes, BigDecimal carriedIn, BigDecimal results, BigDecimal carriedOut) {
    return Text.of(
        "disclosure.balance",
        newOnes,
        carriedIn,
        newOnes.add(carriedIn),
        results,
        carriedOut,
        results.add(carriedOut));
  }

  static Text carriedOver(BigDecimal carriedIn, String lastPath, BigDecimal carriedOut) {
    return Text.of("disclosure.carried_over", carriedIn, lastPath, carriedOut);
  }

  static Text inForce(
      BigDecimal now, String lastPath, BigDecimal last, BigDecimal issued, BigDecimal repealed) {
    return Text.of(
        "disclosure.in_force",
        now,
        lastPath,
        last,
        issued,
        repealed,
        last.add(issued).subtract(repealed));
  }
}
