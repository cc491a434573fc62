package cn.zwgk.publisher.problem;

/** Whether a problem stops the build ({@link #ERROR}) or is only reported ({@link #WARNING}). */
public enum Severity {
  ERROR,
  WARNING;

  /** Lower-case label used in printed diagnostics. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
