package cn.zwgk.publisher.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports of one issuer in consecutive years must carry their figures over. */
class DisclosureContinuityTest {
  private static DisclosureContinuity.Entry entry(
      String path, String issuer, int year, String body) {
    List<Problem> problems = new ArrayList<>();
    DisclosureTables tables = new DisclosureFormParser().parse(path, body, 1, problems);
    assertEquals(List.of(), problems);
    return new DisclosureContinuity.Entry(path, issuer, year, tables);
  }

  private static List<String> check(DisclosureContinuity.Entry... entries) {
    List<Problem> problems = new ArrayList<>();
    new DisclosureContinuity().check(List.of(entries), problems);
    return problems.stream().map(Problem::format).toList();
  }

  /** The consistent form as next year's report: carries 2 in and has 12 − 0 + 0 rules in force. */
  private static String nextYear(String body) {
    return DisclosureFormTest.replaceRow(body, "| 行政规范性文件", "| 行政规范性文件 | 0 | 0 | 12 |");
  }

  @Test
  void acceptsFiguresCarriedOver() {
    String body = DisclosureFormTest.consistent();
    assertEquals(
        List.of(),
        check(
            entry("content/reports/2023/a.md", "甲镇人民政府", 2023, body),
            entry("content/reports/2024/a.md", "甲镇人民政府", 2024, nextYear(body))));
  }

  @Test
  void warnsWhenCarriedInIsNotLastYearsCarriedOutNamingBothFiles() {
    String body = DisclosureFormTest.consistent();
    String last =
        DisclosureFormTest.replaceRow(
            DisclosureFormTest.replaceRow(
                body, "| 四、结转", "| 四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |"),
            "| 三、（七）总计",
            "| 三、（七）总计 | 9 | 1 | 0 | 0 | 0 | 0 | 10 |");
    last =
        DisclosureFormTest.replaceRow(
            last, "| 三、（一）予以公开", "| 三、（一）予以公开 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |");
    assertEquals(List.of(), DisclosureFormTest.problems(last));
    String now = nextYear(body);
    int line = DisclosureFormTest.lineOf(now, "| 二、上年结转");
    assertEquals(
        List.of(
            "content/reports/2024/a.md:"
                + line
                + ": warning: 表三 二、上年结转政府信息公开申请数量 × 自然人: is 2, but content/reports/2023/a.md"
                + " carried 3 over (四、结转下年度继续办理; expected equal)",
            "content/reports/2024/a.md:"
                + line
                + ": warning: 表三 二、上年结转政府信息公开申请数量 × 总计: is 2, but content/reports/2023/a.md"
                + " carried 3 over (四、结转下年度继续办理; expected equal)"),
        check(
            entry("content/reports/2023/a.md", "甲镇人民政府", 2023, last),
            entry("content/reports/2024/a.md", "甲镇人民政府", 2024, now)));
  }

  @Test
  void warnsWhenRulesInForceDoNotFollowFromLastYear() {
    String body = DisclosureFormTest.consistent();
    String now = DisclosureFormTest.replaceRow(body, "| 行政规范性文件", "| 行政规范性文件 | 2 | 1 | 12 |");
    assertEquals(
        List.of(
            "content/reports/2024/a.md:"
                + DisclosureFormTest.lineOf(now, "| 行政规范性文件")
                + ": warning: 表二 第二十条第（一）项 行政规范性文件 × 现行有效件数: is 12, but"
                + " content/reports/2023/a.md had 12 in force, + 2 本年制发 − 1 本年废止 = 13 (expected"
                + " equal)"),
        check(
            entry("content/reports/2023/a.md", "甲镇人民政府", 2023, body),
            entry("content/reports/2024/a.md", "甲镇人民政府", 2024, now)));
  }

  @Test
  void comparesOnlyTheSameIssuerInConsecutiveYears() {
    String body = DisclosureFormTest.consistent();
    String other = DisclosureFormTest.replaceRow(body, "| 行政规范性文件", "| 行政规范性文件 | 2 | 1 | 99 |");
    assertEquals(
        List.of(),
        check(
            entry("content/reports/2023/a.md", "甲镇人民政府", 2023, body),
            entry("content/reports/2024/b.md", "乙镇人民政府", 2024, other),
            entry("content/reports/2025/a.md", "甲镇人民政府", 2025, other)));
  }
}
