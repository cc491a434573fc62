package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.problem.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text and JSON reports of one result, byte for byte. */
class ReportWritersTest {
  private static final CheckResult RESULT =
      new CheckResult(
          List.of(
              new Finding(
                  "stale_home",
                  Severity.WARNING,
                  "index.html",
                  "",
                  0,
                  "the newest item is 30 days old",
                  "publish new content"),
              new Finding(
                  "spam",
                  Severity.ERROR,
                  "reports/2024/b.html",
                  "content/reports/2024/b.md",
                  15,
                  "contains the spam word \"百家乐\"",
                  "restore the original wording"),
              new Finding(
                  "spam",
                  Severity.ERROR,
                  "reports/2024/a.html",
                  "content/reports/2024/a.md",
                  14,
                  "contains the spam word \"皇冠足球比分\"",
                  "restore the original wording")),
          12,
          "pages");

  private static String text(CheckResult result, int limit) {
    StringWriter out = new StringWriter();
    new TextReport(limit).write(result, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void textReportPutsCountsFirstThenFindingsGroupedByRule() {
    assertEquals(
        """
        check: FAILED — 2 errors, 1 warning in 12 pages
              2  error    spam
              1  warning  stale_home

        spam (error, 2)
          reports/2024/a.html  ← content/reports/2024/a.md:14
            contains the spam word "皇冠足球比分"
            → restore the original wording
          reports/2024/b.html  ← content/reports/2024/b.md:15
            contains the spam word "百家乐"
            → restore the original wording

        stale_home (warning, 1)
          index.html
            the newest item is 30 days old
            → publish new content
        """,
        text(RESULT, 50));
  }

  @Test
  void textReportShortensLongGroups() {
    String text = text(RESULT, 1);
    assertEquals(
        """
        spam (error, 2)
          reports/2024/a.html  ← content/reports/2024/a.md:14
            contains the spam word "皇冠足球比分"
            → restore the original wording
          … and 1 more (all are in --format json)
        """,
        text.substring(text.indexOf("spam (error"), text.indexOf("\nstale_home (")));
  }

  @Test
  void passingResultSaysSo() {
    assertEquals(
        "check: passed — 0 errors, 0 warnings in 3 files\n",
        text(new CheckResult(List.of(), 3, "files"), 50));
  }

  @Test
  void jsonReportIsStable() {
    StringWriter out = new StringWriter();
    new JsonReport().write(RESULT, new PrintWriter(out));
    assertEquals(
        """
        {
          "passed" : false,
          "errors" : 2,
          "warnings" : 1,
          "checked" : 12,
          "unit" : "pages",
          "rules" : [ {
            "rule" : "spam",
            "severity" : "error",
            "count" : 2
          }, {
            "rule" : "stale_home",
            "severity" : "warning",
            "count" : 1
          } ],
          "findings" : [ {
            "rule" : "spam",
            "severity" : "error",
            "page" : "reports/2024/a.html",
            "source" : "content/reports/2024/a.md",
            "line" : 14,
            "message" : "contains the spam word \\"皇冠足球比分\\"",
            "advice" : "restore the original wording"
          }, {
            "rule" : "spam",
            "severity" : "error",
            "page" : "reports/2024/b.html",
            "source" : "content/reports/2024/b.md",
            "line" : 15,
            "message" : "contains the spam word \\"百家乐\\"",
            "advice" : "restore the original wording"
          }, {
            "rule" : "stale_home",
            "severity" : "warning",
            "page" : "index.html",
            "source" : null,
            "line" : 0,
            "message" : "the newest item is 30 days old",
            "advice" : "publish new content"
          } ]
        }
        """,
        out.toString());
  }

  @Test
  void findingBecomesABuildProblemAtItsSource() {
    assertEquals(
        "content/reports/2024/a.md:14: check.spam: on reports/2024/a.html: contains the spam word"
            + " \"皇冠足球比分\" (restore the original wording)",
        RESULT.findings().get(0).toProblem().format());
    assertEquals(
        "index.html: warning: check.stale_home: the newest item is 30 days old (publish new"
            + " content)",
        RESULT.findings().get(2).toProblem().format());
  }
}
