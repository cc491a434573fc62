package cn.zwgk.publisher.check;

import java.util.List;

/**
 * The findings of one run, sorted (errors first, then by rule, page, source and line), and how many
 * things were looked at ({@code checked} {@code unit}s, e.g. 14 pages or 15 files).
 */
public record CheckResult(List<Finding> findings, int checked, String unit) {
  public CheckResult {
    findings = findings.stream().sorted().toList();
  }

  public long errorCount() {
    return findings.stream().filter(Finding::isError).count();
  }

  public long warningCount() {
    return findings.size() - errorCount();
  }

  public boolean hasErrors() {
    return errorCount() > 0;
  }
}
