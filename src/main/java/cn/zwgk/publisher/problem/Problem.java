package cn.zwgk.publisher.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with user input.
 *
 * <p>{@code path} is relative to the site source folder (e.g. {@code content/reports/2024/pq.md}),
 * {@code line} is 1-based and 0 when the problem concerns the whole file, {@code field} is the
 * header key or rule the problem is about, and {@code text} says what is wrong and what to do. The
 * text is a message key with arguments, rendered in the reader's language only when printed ({@link
 * #format(Messages)}); {@link #message()} and {@link #format()} print Chinese.
 */
public record Problem(String path, int line, Severity severity, String field, Text text)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::field)
          .thenComparing(p -> p.message());

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  /** A problem with a literal message, printed the same in every language. */
  public Problem(String path, int line, Severity severity, String field, String message) {
    this(path, line, severity, field, Text.literal(Objects.requireNonNull(message, "message")));
  }

  public static Problem error(String path, int line, String field, String message) {
    return new Problem(path, line, Severity.ERROR, field, message);
  }

  public static Problem warning(String path, int line, String field, String message) {
    return new Problem(path, line, Severity.WARNING, field, message);
  }

  public static Problem error(String path, int line, String field, Text text) {
    return new Problem(path, line, Severity.ERROR, field, text);
  }

  public static Problem warning(String path, int line, String field, Text text) {
    return new Problem(path, line, Severity.WARNING, field, text);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The message in English; printers use {@link #message(Messages)}. */
  public String message() {
    return text.render(Messages.ENGLISH);
  }

  public String message(Messages messages) {
    return text.render(messages);
  }

  /** The printed form in English, for logs and exceptions; see {@link #format(Messages)}. */
  public String format() {
    return format(Messages.ENGLISH);
  }

  /**
   * The printed form: {@code path:line: field: message} for errors and {@code path:line: warning:
   * field: message} for warnings, with the severity word and the field label in the language of
   * {@code messages}; the line is left out when the problem concerns the whole file.
   */
  public String format(Messages messages) {
    StringBuilder out = new StringBuilder(path);
    if (line > 0) {
      out.append(':').append(line);
    }
    out.append(": ");
    if (severity == Severity.WARNING) {
      out.append(messages.get("severity.warning")).append(": ");
    }
    return out.append(messages.fieldLabel(field))
        .append(": ")
        .append(text.render(messages))
        .toString();
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
