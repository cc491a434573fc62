package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input turned into a report: its header in the national order, its Markdown body, and
 * everything the import did or found along the way, for the editor.
 *
 * @param input the input as named to the user
 * @param format {@code text}, {@code html} or {@code docx}
 * @param encoding the detected character encoding
 * @param header header key → value, in {@link ReportFileWriter#KEY_ORDER}; empty values are kept
 * @param body the Markdown body
 * @param name the file name the report asks for, without folder and {@code .md}
 * @param removals what was left out (residue, advertising, page furniture)
 * @param findings what an editor must resolve before publishing
 * @param notes other things the editor should know (how the title or issuer was chosen, registry
 *     disagreements, completions applied)
 * @param missing required fields the input does not state
 */
public record ImportedReport(
    String input,
    String format,
    String encoding,
    Map<String, String> header,
    String body,
    String name,
    List<Removal> removals,
    List<Finding> findings,
    List<Text> notes,
    List<String> missing) {
  public ImportedReport {
    header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
    removals = List.copyOf(removals);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
    missing = List.copyOf(missing);
  }

  public boolean isDraft() {
    return !"published".equals(header.get("status"));
  }

  /** The year folder the report belongs in: its year, else the year of its date, else empty. */
  public String yearFolder() {
    if (!header.getOrDefault("year", "").isEmpty()) {
      return header.get("year");
    }
    String date = header.getOrDefault("date", "");
    return date.length() >= 4 ? date.substring(0, 4) : "";
  }
}
