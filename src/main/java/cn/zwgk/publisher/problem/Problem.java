package cn.zwgk.publisher.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with user input.
 *
 * <p>{@code path} is relative to the site source folder (e.g. {@code content/reports/2024/pq.md}),
 * {@code line} is 1-based and 0 when the problem concerns the whole file, {@code field} is the header
 * key or rule the problem is about, and {@code message} says what is wrong and what was expected.
 */
public record Problem(String path, int line, Severity severity, String field, String message)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::field)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  public static Problem error(String path, int line, String field, String message) {
    return new Problem(path, line, Severity.ERROR, field, message);
  }

  public static Problem warning(String path, int line, String field, String message) {
    return new Problem(path, line, Severity.WARNING, field, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The printed form: {@code path:line: field: message} for errors and {@code path:line: warning:
   * field: message} for warnings; the line is left out when the problem concerns the whole file.
   */
  public String format() {
    StringBuilder out = new StringBuilder(path);
    if (line > 0) {
      out.append(':').append(line);
    }
    out.append(": ");
    if (severity == Severity.WARNING) {
      out.append("warning: ");
    }
    return out.append(field).append(": ").append(message).toString();
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return format();
  }
}
