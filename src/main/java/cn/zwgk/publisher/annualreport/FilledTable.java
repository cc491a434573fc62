package cn.zwgk.publisher.annualreport;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * The numbers of one table as an editor wrote them, with the source line of each row so problems
 * can point at it. A cell that was not a number is {@code null} (its problem was already reported);
 * {@link #complete()} tells whether relations can be checked. Immutable once built by the parser.
 */
public final class FilledTable {
  private final DisclosureTable table;
  private final int headerLine;
  private final BigDecimal[][] cells;
  private final int[] rowLines;

  FilledTable(DisclosureTable table, int headerLine, BigDecimal[][] cells, int[] rowLines) {
    this.table = Objects.requireNonNull(table, "table");
    this.headerLine = headerLine;
    this.cells = cells;
    this.rowLines = rowLines;
  }

  /** A table with every cell given, on no particular line (for importers and tests). */
  public static FilledTable of(DisclosureTable table, BigDecimal[][] cells) {
    int[] lines = new int[table.rows().size()];
    return new FilledTable(table, 0, cells, lines);
  }

  public DisclosureTable table() {
    return table;
  }

  public int headerLine() {
    return headerLine;
  }

  /** The 1-based source line of row {@code row}, or the header's line when unknown. */
  public int line(int row) {
    return rowLines[row] > 0 ? rowLines[row] : headerLine;
  }

  /** The value of a cell; throws when the cell was not a number (check {@link #complete()}). */
  public BigDecimal value(int row, int column) {
    BigDecimal v = cells[row][column];
    if (v == null) {
      throw new IllegalStateException(
          table.displayName() + " has no value at " + row + "," + column);
    }
    return v;
  }

  /** A count cell as a long; counts are integers by validation. */
  public long count(int row, int column) {
    return value(row, column).longValueExact();
  }

  public boolean complete() {
    return Arrays.stream(cells).allMatch(r -> Arrays.stream(r).allMatch(Objects::nonNull));
  }
}
