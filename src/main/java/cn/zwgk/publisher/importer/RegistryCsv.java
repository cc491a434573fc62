package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape both registry files share: comma-separated rows under a header line, blank lines and
 * {@code #} comments ignored. Each row keeps its 1-based line so problems can name it.
 */
final class RegistryCsv {
  /** One data row: its trimmed line, its raw fields and its line number. */
  record Row(String line, String[] fields, int number) {}

  private RegistryCsv() {}

  /**
   * The data rows of {@code text}; a header other than {@code columns} is a problem of file {@code
   * path} added to {@code problems}.
   */
  static List<Row> rows(String path, String columns, String text, List<Problem> problems) {
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (!line.equals(columns)) {
          problems.add(
              Problem.error(path, i + 1, "columns", Text.of("registry.columns", line, columns)));
        }
        continue;
      }
      rows.add(new Row(line, line.split(",", -1), i + 1));
    }
    return rows;
  }
}
