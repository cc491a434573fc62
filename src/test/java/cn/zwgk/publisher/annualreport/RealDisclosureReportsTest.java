package cn.zwgk.publisher.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real published 年报 (see real/SOURCES.md) entered in the editor's form and checked the way the
 * build checks a {@code type=disclosure-report} file: the consistent ones have no problem, the one
 * with real arithmetic errors has exactly those.
 */
class RealDisclosureReportsTest {
  static final String FORMS = "real/forms/";

  static String form(String name) {
    try (InputStream in = RealDisclosureReportsTest.class.getResourceAsStream(FORMS + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + FORMS + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report file {@code text} as the build reads it, with every problem of its tables. */
  static Checked check(String name, String text) {
    List<Problem> problems = new ArrayList<>();
    SourceFile source =
        new SourceFileParser(SourceFileParser.DEFAULT_SEPARATOR)
            .parse(
                "content/reports/" + name,
                Path.of(name),
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                problems)
            .orElseThrow(() -> new AssertionError(problems.toString()));
    DisclosureTables tables = new DisclosureReportRules().check(source, problems);
    return new Checked(source.path(), tables, problems);
  }

  record Checked(String path, DisclosureTables tables, List<Problem> problems) {
    List<String> printed(Messages messages) {
      return problems.stream().map(p -> p.format(messages)).sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jiangsu-huaian-hongze-2024.md",
        "jiangsu-suqian-2023.md",
        "jiangsu-suqian-2024.md",
        "fujian-pingtan-2022.md",
        "fujian-pingtan-2023.md",
        "fujian-pingtan-2024.md"
      })
  void aConsistentRealReportHasNoProblem(String name) {
    Checked c = check(name, form(name));
    assertEquals(List.of(), c.printed(Messages.DEFAULT));
    for (DisclosureTable t : DisclosureTable.values()) {
      assertEquals(true, c.tables().complete(t).isPresent(), t.displayName());
    }
  }

  @Test
  void theRealArithmeticErrorsOfHongze2023AreReportedAtTheirCells() {
    String text = form("jiangsu-huaian-hongze-2023.md");
    Checked c = check("jiangsu-huaian-hongze-2023.md", text);
    int review = lineOf(text, "| 行政复议 |");
    int afterReview = lineOf(text, "| 行政诉讼 复议后起诉 |");
    String path = c.path();
    assertEquals(
        List.of(
            path + ":" + review + ": 表四 行政复议 × 总计: 为 0，但 结果维持 + 结果纠正 + 其他结果 + 尚未审结 之和为 11（应等于各项之和）",
            path
                + ":"
                + afterReview
                + ": 表四 行政诉讼 复议后起诉 × 总计: 为 0，但 结果维持 + 结果纠正 + 其他结果 + 尚未审结 之和为 5（应等于各项之和）"),
        c.printed(Messages.DEFAULT));
    assertEquals(
        path
            + ":"
            + review
            + ": 表四 行政复议 × 总计: is 0, but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 add up to 11 (expected"
            + " their sum)",
        c.printed(Messages.ENGLISH).get(0));
  }

  private static DisclosureContinuity.Entry entry(String name, String issuer, int year) {
    Checked c = check(name, form(name));
    return new DisclosureContinuity.Entry(c.path(), issuer, year, c.tables());
  }

  @Test
  void theYearToYearCheckFindsPingtansRealInForceCountsAndNothingElse() {
    List<Problem> problems = new ArrayList<>();
    new DisclosureContinuity()
        .check(
            List.of(
                entry("fujian-pingtan-2022.md", "平潭", 2022),
                entry("fujian-pingtan-2023.md", "平潭", 2023),
                entry("fujian-pingtan-2024.md", "平潭", 2024),
                entry("jiangsu-huaian-hongze-2023.md", "洪泽区", 2023),
                entry("jiangsu-huaian-hongze-2024.md", "洪泽区", 2024),
                entry("jiangsu-suqian-2023.md", "宿迁市", 2023),
                entry("jiangsu-suqian-2024.md", "宿迁市", 2024)),
            problems);
    String y2023 = "content/reports/fujian-pingtan-2023.md";
    String y2024 = "content/reports/fujian-pingtan-2024.md";
    int line = lineOf(form("fujian-pingtan-2023.md"), "| 行政规范性文件 |");
    assertEquals(
        List.of(
            y2023
                + ":"
                + line
                + ": 警告: 表二 第二十条第（一）项 行政规范性文件 × 现行有效件数: 为 470，但 content/reports/fujian-pingtan-2022.md"
                + " 的现行有效件数为 698，加本年制发 77、减本年废止 132 应为 643（应相等）",
            y2024
                + ":"
                + line
                + ": 警告: 表二 第二十条第（一）项 行政规范性文件 × 现行有效件数: 为 440，但 "
                + y2023
                + " 的现行有效件数为 470，加本年制发 62、减本年废止 33 应为 499（应相等）"),
        problems.stream().map(p -> p.format(Messages.DEFAULT)).toList());
  }

  /** The 1-based line of the body line starting with {@code start}, counting the header. */
  static int lineOf(String text, String start) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start);
  }
}
