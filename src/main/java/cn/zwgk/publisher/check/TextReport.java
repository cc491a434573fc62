package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The human-readable report: a verdict line with the counts, one line per rule with its count, then
 * the findings grouped by rule (errors first), each with its page, source line and what to do.
 * Rules with many findings show the first {@code limit} and say how many more there are.
 */
public final class TextReport {
  private final int limit;

  /** A report listing at most {@code limit} findings per rule. */
  public TextReport(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
    this.limit = limit;
  }

  public void write(CheckResult result, PrintWriter out) {
    write(result, out, Messages.ENGLISH);
  }

  /** The report with its texts in the language of {@code m}. */
  public void write(CheckResult result, PrintWriter out, Messages m) {
    out.println(
        m.get(
            result.hasErrors() ? "check.verdict.failed" : "check.verdict.passed",
            m.get(
                result.errorCount() == 1 ? "check.count.error.one" : "check.count.error",
                result.errorCount()),
            m.get(
                result.warningCount() == 1 ? "check.count.warning.one" : "check.count.warning",
                result.warningCount()),
            result.checked(),
            m.get("check.unit." + result.unit())));
    Map<String, List<Finding>> groups = groups(result);
    for (List<Finding> group : groups.values()) {
      Finding first = group.get(0);
      out.printf(
          "  %5d  %-8s %s%n",
          group.size(), m.get("severity." + first.severity().label()), first.rule());
    }
    for (List<Finding> group : groups.values()) {
      Finding first = group.get(0);
      out.println();
      out.printf(
          "%s (%s, %d)%n",
          first.rule(), m.get("severity." + first.severity().label()), group.size());
      for (Finding f : group.subList(0, Math.min(limit, group.size()))) {
        String where = f.page().isEmpty() ? m.get("check.whole_site") : f.page();
        out.println("  " + where + (f.source().isEmpty() ? "" : "  ← " + f.source()));
        out.println("    " + f.message(m));
        out.println("    → " + f.advice(m));
      }
      if (group.size() > limit) {
        out.println("  " + m.get("check.more", group.size() - limit));
      }
    }
    out.flush();
  }

  /** Findings by rule and severity, in the order of the sorted findings (errors first). */
  private static Map<String, List<Finding>> groups(CheckResult result) {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : result.findings()) {
      groups.computeIfAbsent(f.severity() + " " + f.rule(), k -> new ArrayList<>()).add(f);
    }
    return groups;
  }
}
