package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Severity;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a rule found.
 *
 * @param rule the rule id, e.g. {@code spam}; also its key in jbake.properties ({@code check.spam})
 * @param severity whether it fails the build
 * @param page the output page, relative to the site folder with {@code /} separators, e.g. {@code
 *     reports/2025/qingxi-2025.html}; empty when the finding concerns no single page
 * @param sourcePath the source file the page comes from, e.g. {@code content/reports/2025/x.md};
 *     empty when the finding has no source (template output, tampering, absence)
 * @param sourceLine 1-based line in {@code sourcePath}; 0 when unknown
 * @param message what is wrong
 * @param advice what to do about it
 */
public record Finding(
    String rule,
    Severity severity,
    String page,
    String sourcePath,
    int sourceLine,
    String message,
    String advice)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::page)
          .thenComparing(Finding::sourcePath)
          .thenComparingInt(Finding::sourceLine)
          .thenComparing(Finding::message)
          .thenComparing(Finding::advice);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(advice, "advice");
    if (sourceLine < 0) {
      throw new IllegalArgumentException("sourceLine must be >= 0, was " + sourceLine);
    }
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code content/reports/2025/x.md:14}, {@code content/reports/2025/x.md}, or empty. */
  public String source() {
    if (sourcePath.isEmpty()) {
      return "";
    }
    return sourceLine > 0 ? sourcePath + ":" + sourceLine : sourcePath;
  }

  /**
   * The finding as a build problem: located at the source when there is one, else at the page; the
   * message names the page and ends with the advice.
   */
  public Problem toProblem() {
    String path = sourcePath.isEmpty() ? (page.isEmpty() ? "site" : page) : sourcePath;
    String where = sourcePath.isEmpty() || page.isEmpty() ? "" : "on " + page + ": ";
    return new Problem(
        path,
        sourcePath.isEmpty() ? 0 : sourceLine,
        severity,
        "check." + rule,
        where + message + " (" + advice + ")");
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
