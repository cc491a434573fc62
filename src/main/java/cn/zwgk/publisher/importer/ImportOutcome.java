package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What became of one input of an import run.
 *
 * @param input the input as named to the user
 * @param report the imported report, empty when the input failed
 * @param target display path of the report file ({@code content/reports/2024/puqianzhen-2024.md}),
 *     empty when the input failed
 * @param text the file text written, or that would be written in a dry run
 * @param written whether the file was written (false in a dry run and on failure)
 * @param errors why the input failed; empty on success
 */
public record ImportOutcome(
    String input,
    Optional<ImportedReport> report,
    String target,
    String text,
    boolean written,
    List<Problem> errors) {
  public ImportOutcome {
    errors = List.copyOf(errors);
  }

  public boolean failed() {
    return !errors.isEmpty();
  }

  static ImportOutcome failure(String input, List<Problem> errors) {
    return new ImportOutcome(input, Optional.empty(), "", "", false, errors);
  }
}
