package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import java.util.Objects;

/**
 * A place in the site source that a finding points at: a path relative to the source folder and a
 * 1-based line (0 when the whole file is meant or the line is unknown).
 */
public record Source(String path, int line) {
  /** No source: template output, a tampered page, or something that is absent. */
  public static final Source NONE = new Source("", 0);

  public Source {
    Objects.requireNonNull(path, "path");
  }

  /** {@code line} of {@code report}'s source file. */
  public static Source of(Report report, int line) {
    return new Source(report.path(), line);
  }

  /** The header line of {@code key} in {@code report}'s source (0 when the key is absent). */
  public static Source header(Report report, String key) {
    return new Source(report.path(), report.lineOf(key));
  }
}
