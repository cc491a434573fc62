package cn.zwgk.publisher.annualreport;

import static cn.zwgk.publisher.annualreport.DisclosureTable.APPLICATIONS;
import static cn.zwgk.publisher.annualreport.DisclosureTable.REVIEWS;

import cn.zwgk.publisher.problem.Problem;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks the relations the format prints or implies between the cells of one report: every 总计 the
 * sum of its parts (表三 column 总计 per row, row 三（七）总计 per column, 表四 总计 per group) and 一 + 二 = 三（七）
 * + 四 for every column of 表三. Only tables whose every cell is a number are checked, so one typo
 * does not cascade. Each problem names the cell that disagrees. Thread-safe.
 */
public final class DisclosureTablesValidator {
  public void check(String path, DisclosureTables tables, List<Problem> problems) {
    tables.complete(APPLICATIONS).ifPresent(t -> applications(path, t, problems));
    tables.complete(REVIEWS).ifPresent(t -> rowTotals(path, t, problems));
  }

  private static void applications(String path, FilledTable t, List<Problem> problems) {
    rowTotals(path, t, problems);
    int columns = APPLICATIONS.columns().size();
    for (int c = 0; c < columns; c++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int r = DisclosureTable.FIRST_RESULT; r < DisclosureTable.RESULT_TOTAL; r++) {
        sum = sum.add(t.value(r, c));
      }
      BigDecimal total = t.value(DisclosureTable.RESULT_TOTAL, c);
      if (total.compareTo(sum) != 0) {
        problems.add(
            Problem.error(
                path,
                t.line(DisclosureTable.RESULT_TOTAL),
                DisclosureMessages.cell(APPLICATIONS, DisclosureTable.RESULT_TOTAL, c),
                DisclosureMessages.rowTotal(total, sum, DisclosureMessages.partsOfResults())));
      }
    }
    for (int c = 0; c < columns; c++) {
      BigDecimal in = t.value(DisclosureTable.NEW, c).add(t.value(DisclosureTable.CARRIED_IN, c));
      BigDecimal out =
          t.value(DisclosureTable.RESULT_TOTAL, c).add(t.value(DisclosureTable.CARRIED_OUT, c));
      if (in.compareTo(out) != 0) {
        problems.add(
            Problem.error(
                path,
                t.line(DisclosureTable.CARRIED_OUT),
                DisclosureMessages.cell(APPLICATIONS, DisclosureTable.CARRIED_OUT, c),
                DisclosureMessages.balance(
                    t.value(DisclosureTable.NEW, c),
                    t.value(DisclosureTable.CARRIED_IN, c),
                    t.value(DisclosureTable.RESULT_TOTAL, c),
                    t.value(DisclosureTable.CARRIED_OUT, c))));
      }
    }
  }

  /** The last column (总计) of every row is the sum of the others. */
  private static void rowTotals(String path, FilledTable t, List<Problem> problems) {
    List<String> columns = t.table().columns();
    int last = columns.size() - 1;
    String parts = String.join(" + ", columns.subList(0, last));
    for (int r = 0; r < t.table().rows().size(); r++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int c = 0; c < last; c++) {
        sum = sum.add(t.value(r, c));
      }
      BigDecimal total = t.value(r, last);
      if (total.compareTo(sum) != 0) {
        problems.add(
            Problem.error(
                path,
                t.line(r),
                DisclosureMessages.cell(t.table(), r, last),
                DisclosureMessages.rowTotal(total, sum, parts)));
      }
    }
  }
}
