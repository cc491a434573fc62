package cn.zwgk.publisher.annualreport;

import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Problem;
import java.util.List;

/**
 * The single entry the pipeline calls for a {@code type=disclosure-report} file: its national
 * tables read from the body and checked cell by cell. Thread-safe.
 */
public final class DisclosureReportRules {
  /** The {@code type=} value of a 政府信息公开工作年度报告. */
  public static final String TYPE = "disclosure-report";

  private final DisclosureFormParser parser = new DisclosureFormParser();
  private final DisclosureTablesValidator validator = new DisclosureTablesValidator();

  public static boolean applies(SourceFile source) {
    return source.field("type").map(f -> f.value().equals(TYPE)).orElse(false);
  }

  /** Whether validated {@code report} is of this kind (its {@code type=} value). */
  public static boolean applies(Report report) {
    return report.kind().equals(TYPE);
  }

  /** Whether {@code problem} is about a national table (its field names one: 表二 …, 表三, 表四). */
  public static boolean isTableProblem(Problem problem) {
    for (DisclosureTable t : DisclosureTable.values()) {
      if (problem.field().equals(t.displayName())
          || problem.field().startsWith(t.displayName() + " ")) {
        return true;
      }
    }
    return false;
  }

  /** The tables of {@code source}, every problem of them added to {@code problems}. */
  public DisclosureTables check(SourceFile source, List<Problem> problems) {
    DisclosureTables tables =
        parser.parse(source.path(), source.body(), source.bodyLine(), problems);
    validator.check(source.path(), tables, problems);
    return tables;
  }
}
