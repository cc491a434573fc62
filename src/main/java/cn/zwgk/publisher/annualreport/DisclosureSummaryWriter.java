package cn.zwgk.publisher.annualreport;

import java.util.List;

/**
 * Writes the summary as open data: CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs read the Chinese headers) and JSON. Field order is fixed and rows are sorted, so a
 * rebuild with the same reports writes the same bytes. Thread-safe.
 */
public final class DisclosureSummaryWriter {
  static final List<String> COLUMNS = List.of("发布机构", "县（区）", "乡镇（街道）", "年度", "发布日期", "页面");

  public String csv(DisclosureSummary summary) {
    StringBuilder out = new StringBuilder("\uFEFF");
    StringBuilder header = new StringBuilder(String.join(",", COLUMNS));
    for (KeyFigure f : KeyFigure.values()) {
      header.append(',').append(csvCell(f.label()));
    }
    out.append(header).append("\r\n");
    for (DisclosureSummary.Row r : summary.rows()) {
      out.append(csvCell(r.issuer()))
          .append(',')
          .append(csvCell(r.county()))
          .append(',')
          .append(csvCell(r.township()))
          .append(',')
          .append(r.year())
          .append(',')
          .append(r.date())
          .append(',')
          .append(csvCell(r.uri()));
      for (String c : r.cells()) {
        out.append(',').append(c);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  public String json(DisclosureSummary summary) {
    StringBuilder out = new StringBuilder("{\"reports\":[");
    boolean first = true;
    for (DisclosureSummary.Row r : summary.rows()) {
      out.append(first ? "\n" : ",\n");
      first = false;
      out.append("{\"issuer\":")
          .append(jsonString(r.issuer()))
          .append(",\"county\":")
          .append(jsonString(r.county()))
          .append(",\"township\":")
          .append(jsonString(r.township()))
          .append(",\"year\":")
          .append(r.year())
          .append(",\"date\":")
          .append(jsonString(r.date()))
          .append(",\"uri\":")
          .append(jsonString(r.uri()))
          .append(",\"title\":")
          .append(jsonString(r.title()));
      for (KeyFigure f : KeyFigure.values()) {
        out.append(",\"").append(f.slug()).append("\":");
        out.append(r.figure(f).map(v -> v.toPlainString()).orElse("null"));
      }
      out.append('}');
    }
    return out.append("\n]}\n").toString();
  }

  static String csvCell(String text) {
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    String safe = text.matches("^[=+\\-@\t\r].*") ? "'" + text : text;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '<' -> out.append("\\u003c");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
