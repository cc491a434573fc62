package cn.zwgk.publisher.annualreport;

import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the national tables out of a report body in the editor's form (see {@link DisclosureTable}
 * and docs/annual-report.md): Markdown pipe tables, each recognised by its first header cell. Pipe
 * tables with other first header cells are the editor's own and are left alone. Every problem names
 * the source line and the table, row and column. Works on a string; the path is only for messages.
 * Thread-safe.
 */
public final class DisclosureFormParser {
  private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");
  private static final Pattern COUNT = Pattern.compile("\\d+");
  private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");

  /**
   * The tables of {@code body}; problems are added for missing tables, tables given twice, wrong
   * headers or rows and cells that are not numbers.
   *
   * @param bodyLine the 1-based source line of the body's first line
   */
  public DisclosureTables parse(String path, String body, int bodyLine, List<Problem> problems) {
    Map<DisclosureTable, FilledTable> found = new EnumMap<>(DisclosureTable.class);
    for (Block block : blocks(body, bodyLine)) {
      DisclosureTable.byHeader(block.rows().get(0).get(0))
          .ifPresent(
              table -> {
                FilledTable earlier = found.get(table);
                if (earlier != null) {
                  problems.add(
                      Problem.error(
                          path,
                          block.lines().get(0),
                          table.displayName(),
                          DisclosureMessages.givenTwice(earlier.headerLine())));
                } else {
                  found.put(table, new TableReader(path, table, block, problems).read());
                }
              });
    }
    for (DisclosureTable table : DisclosureTable.values()) {
      if (!found.containsKey(table)) {
        problems.add(
            Problem.error(
                path, bodyLine, table.displayName(), DisclosureMessages.missingTable(table)));
      }
    }
    return new DisclosureTables(found);
  }

  /** A run of pipe-table lines: the cells of each line and its source line. */
  record Block(List<List<String>> rows, List<Integer> lines) {}

  static List<Block> blocks(String body, int bodyLine) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = body.split("\r?\n", -1);
    boolean fenced = false;
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i].strip() : "";
      if (i < lines.length && FENCE.matcher(lines[i]).matches()) {
        fenced = !fenced;
      }
      boolean pipe = !fenced && line.startsWith("|");
      if (pipe) {
        rows.add(cells(line));
        numbers.add(bodyLine + i);
      } else if (!rows.isEmpty()) {
        blocks.add(new Block(List.copyOf(rows), List.copyOf(numbers)));
        rows.clear();
        numbers.clear();
      }
    }
    return blocks;
  }

  static List<String> cells(String line) {
    String inner = line.substring(1);
    if (inner.endsWith("|")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String c : inner.split("\\|", -1)) {
      cells.add(c.strip());
    }
    return cells;
  }

  static boolean isSeparator(List<String> row) {
    return row.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches());
  }

  /** The reading of one table block. */
  private static final class TableReader {
    private final String path;
    private final DisclosureTable table;
    private final Block block;
    private final List<Problem> problems;

    TableReader(String path, DisclosureTable table, Block block, List<Problem> problems) {
      this.path = path;
      this.table = table;
      this.block = block;
      this.problems = problems;
    }

    FilledTable read() {
      int rowCount = table.rows().size();
      BigDecimal[][] cells = new BigDecimal[rowCount][table.columns().size()];
      int[] rowLines = new int[rowCount];
      int headerLine = block.lines().get(0);
      if (!columnsMatch()) {
        return new FilledTable(table, headerLine, cells, rowLines);
      }
      int first = 1;
      if (block.rows().size() > 1 && isSeparator(block.rows().get(1))) {
        first = 2;
      } else {
        error(headerLine, table.displayName(), DisclosureMessages.noSeparator());
      }
      List<List<String>> data = block.rows().subList(first, block.rows().size());
      List<Integer> lines = block.lines().subList(first, block.lines().size());
      for (int r = 0; r < rowCount; r++) {
        String expected = table.rows().get(r);
        if (r >= data.size()) {
          int line = lines.isEmpty() ? headerLine : lines.get(lines.size() - 1);
          error(line, table.displayName(), DisclosureMessages.missingRow(expected));
          return new FilledTable(table, headerLine, cells, rowLines);
        }
        String label = data.get(r).get(0);
        if (!Labels.same(expected, label)) {
          error(lines.get(r), table.displayName(), DisclosureMessages.wrongRow(table, label, r));
          return new FilledTable(table, headerLine, cells, rowLines);
        }
        rowLines[r] = lines.get(r);
        readRow(r, data.get(r), lines.get(r), cells[r]);
      }
      if (data.size() > rowCount) {
        error(
            lines.get(rowCount),
            table.displayName(),
            DisclosureMessages.extraRow(data.get(rowCount).get(0)));
      }
      return new FilledTable(table, headerLine, cells, rowLines);
    }

    private boolean columnsMatch() {
      List<String> header = block.rows().get(0);
      int line = block.lines().get(0);
      List<String> expected = table.columns();
      for (int c = 0; c < expected.size(); c++) {
        if (c + 1 >= header.size()) {
          error(line, table.displayName(), DisclosureMessages.missingColumn(expected.get(c)));
          return false;
        }
        if (!Labels.same(expected.get(c), header.get(c + 1))) {
          error(
              line,
              table.displayName(),
              DisclosureMessages.wrongColumn(header.get(c + 1), expected.get(c)));
          return false;
        }
      }
      if (header.size() > expected.size() + 1) {
        error(
            line,
            table.displayName(),
            DisclosureMessages.extraColumn(header.get(expected.size() + 1)));
        return false;
      }
      return true;
    }

    private void readRow(int r, List<String> row, int line, BigDecimal[] out) {
      List<String> columns = table.columns();
      for (int c = 0; c < columns.size(); c++) {
        String name = DisclosureMessages.cell(table, r, c);
        if (c + 1 >= row.size()) {
          error(line, name, DisclosureMessages.missingCell());
          continue;
        }
        String text = digits(row.get(c + 1));
        boolean ok = (table.amounts() ? AMOUNT : COUNT).matcher(text).matches();
        if (ok) {
          out[c] = new BigDecimal(text);
        } else {
          error(line, name, DisclosureMessages.notANumber(row.get(c + 1), table.amounts()));
        }
      }
      if (row.size() > columns.size() + 1) {
        error(
            line,
            table.displayName() + " " + table.rows().get(r),
            DisclosureMessages.extraCell(row.get(columns.size() + 1)));
      }
    }

    private void error(int line, String field, Text message) {
      problems.add(Problem.error(path, line, field, message));
    }
  }

  /** Full-width digits and point as ASCII: real reports are typed with either. */
  static String digits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.strip().toCharArray()) {
      if (c >= '０' && c <= '９') {
        out.append((char) ('0' + (c - '０')));
      } else if (c == '．') {
        out.append('.');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
