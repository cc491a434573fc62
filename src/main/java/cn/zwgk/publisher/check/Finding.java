package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
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
 * @param messageText what is wrong, rendered in the reader's language when printed
 * @param adviceText what to do about it
 */
public record Finding(
    String rule,
    Severity severity,
    String page,
    String sourcePath,
    int sourceLine,
    Text messageText,
    Text adviceText)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::page)
          .thenComparing(Finding::sourcePath)
          .thenComparingInt(Finding::sourceLine)
          .thenComparing(f -> f.message())
          .thenComparing(f -> f.advice());

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(messageText, "messageText");
    Objects.requireNonNull(adviceText, "adviceText");
    if (sourceLine < 0) {
      throw new IllegalArgumentException("sourceLine must be >= 0, was " + sourceLine);
    }
  }

  /** A finding with literal texts, printed the same in every language. */
  public Finding(
      String rule,
      Severity severity,
      String page,
      String sourcePath,
      int sourceLine,
      String message,
      String advice) {
    this(rule, severity, page, sourcePath, sourceLine, Text.literal(message), Text.literal(advice));
  }

  /** What is wrong, in English (for logs and tests); printers use {@link #message(Messages)}. */
  public String message() {
    return messageText.toString();
  }

  /** What to do about it, in English (for logs and tests). */
  public String advice() {
    return adviceText.toString();
  }

  public String message(Messages messages) {
    return messageText.render(messages);
  }

  public String advice(Messages messages) {
    return adviceText.render(messages);
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
    return new Problem(
        path,
        sourcePath.isEmpty() ? 0 : sourceLine,
        severity,
        "check." + rule,
        sourcePath.isEmpty() || page.isEmpty()
            ? Text.of("check.problem", messageText, adviceText)
            : Text.of("check.problem.on_page", page, messageText, adviceText));
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
