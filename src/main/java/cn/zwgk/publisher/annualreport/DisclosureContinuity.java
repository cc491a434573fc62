package cn.zwgk.publisher.annualreport;

import static cn.zwgk.publisher.annualreport.DisclosureTable.APPLICATIONS;
import static cn.zwgk.publisher.annualreport.DisclosureTable.RULES;

import cn.zwgk.publisher.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the reports of one issuer in consecutive years: this year's 二、上年结转 must equal last
 * year's 四、结转下年度继续办理 (per column), and this year's 现行有效件数 last year's plus 本年制发 minus 本年废止.
 * Differences are warnings on this year's file naming last year's: either report may be the wrong
 * one, and a correction of an old report is published, not rewritten.
 */
public final class DisclosureContinuity {
  private static final int ISSUED = 0;
  private static final int REPEALED = 1;
  private static final int IN_FORCE = 2;

  /** One report's tables, with what identifies its issuer and year. */
  public record Entry(String path, String issuer, int year, DisclosureTables tables) {}

  public void check(List<Entry> entries, List<Problem> problems) {
    Map<String, List<Entry>> byIssuer = new TreeMap<>();
    for (Entry e : entries) {
      byIssuer.computeIfAbsent(e.issuer(), k -> new ArrayList<>()).add(e);
    }
    for (List<Entry> reports : byIssuer.values()) {
      reports.sort(Comparator.comparingInt(Entry::year).thenComparing(Entry::path));
      for (int i = 1; i < reports.size(); i++) {
        Entry last = reports.get(i - 1);
        Entry now = reports.get(i);
        if (now.year() == last.year() + 1) {
          compare(last, now, problems);
        }
      }
    }
  }

  private static void compare(Entry last, Entry now, List<Problem> problems) {
    var lastApps = last.tables().complete(APPLICATIONS);
    var nowApps = now.tables().complete(APPLICATIONS);
    if (lastApps.isPresent() && nowApps.isPresent()) {
      for (int c = 0; c < APPLICATIONS.columns().size(); c++) {
        BigDecimal in = nowApps.get().value(DisclosureTable.CARRIED_IN, c);
        BigDecimal out = lastApps.get().value(DisclosureTable.CARRIED_OUT, c);
        if (in.compareTo(out) != 0) {
          problems.add(
              Problem.warning(
                  now.path(),
                  nowApps.get().line(DisclosureTable.CARRIED_IN),
                  DisclosureMessages.cell(APPLICATIONS, DisclosureTable.CARRIED_IN, c),
                  DisclosureMessages.carriedOver(in, last.path(), out)));
        }
      }
    }
    var lastRules = last.tables().complete(RULES);
    var nowRules = now.tables().complete(RULES);
    if (lastRules.isPresent() && nowRules.isPresent()) {
      FilledTable n = nowRules.get();
      for (int r = 0; r < RULES.rows().size(); r++) {
        BigDecimal before = lastRules.get().value(r, IN_FORCE);
        BigDecimal expected = before.add(n.value(r, ISSUED)).subtract(n.value(r, REPEALED));
        if (n.value(r, IN_FORCE).compareTo(expected) != 0) {
          problems.add(
              Problem.warning(
                  now.path(),
                  n.line(r),
                  DisclosureMessages.cell(RULES, r, IN_FORCE),
                  DisclosureMessages.inForce(
                      n.value(r, IN_FORCE),
                      last.path(),
                      before,
                      n.value(r, ISSUED),
                      n.value(r, REPEALED))));
        }
      }
    }
  }
}
