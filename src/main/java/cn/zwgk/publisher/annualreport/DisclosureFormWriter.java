package cn.zwgk.publisher.annualreport;

import java.math.BigDecimal;

/**
 * Writes tables in the editor's form (the inverse of {@link DisclosureFormParser}), so imported
 * numbers land in the file exactly as an editor would type them. Thread-safe.
 */
public final class DisclosureFormWriter {

  /** One table as a Markdown pipe table, ending with a newline. */
  public String table(FilledTable t) {
    DisclosureTable table = t.table();
    StringBuilder out = new StringBuilder();
    out.append("| ").append(table.headerLabel());
    for (String c : table.columns()) {
      out.append(" | ").append(c);
    }
    out.append(" |\n|---");
    for (int c = 0; c < table.columns().size(); c++) {
      out.append("|---:");
    }
    out.append("|\n");
    for (int r = 0; r < table.rows().size(); r++) {
      out.append("| ").append(table.rows().get(r));
      for (int c = 0; c < table.columns().size(); c++) {
        out.append(" | ").append(plain(t.value(r, c)));
      }
      out.append(" |\n");
    }
    return out.toString();
  }

  static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
