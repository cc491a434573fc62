package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 政府信息公开工作年度报告 loads as a report whose tables are checked, and compared across years. */
class DisclosureReportLoadingTest {
  private static final String OVERLAY =
      "/cn/zwgk/publisher/testing/sample-overlay/content/reports/";

  private static String resource(String path) throws IOException {
    try (InputStream in = DisclosureReportLoadingTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> load(Path site, String y2023, String y2024) throws IOException {
    Path dir = site.resolve("content/reports");
    Files.createDirectories(dir.resolve("2023"));
    Files.createDirectories(dir.resolve("2024"));
    Files.writeString(dir.resolve("2023/nb-2023.md"), y2023);
    Files.writeString(dir.resolve("2024/nb-2024.md"), y2024);
    ReportLoader.Result result = new ReportLoader(site, SiteConfig.parse(""), "~~~~~~").load();
    return result.problems().stream().map(Problem::format).toList();
  }

  @Test
  void consistentReportsOfTwoYearsLoadWithoutProblems(@TempDir Path site) throws IOException {
    assertEquals(
        List.of(),
        load(
            site,
            resource(OVERLAY + "2023/yanglizhen-nb-2023.md"),
            resource(OVERLAY + "2024/yanglizhen-nb-2024.md")));
  }

  @Test
  void aWrongTotalFailsValidationNamingTheCell(@TempDir Path site) throws IOException {
    String wrong =
        resource(OVERLAY + "2024/yanglizhen-nb-2024.md")
            .replace("| 行政复议 | 1 | 0 | 0 | 1 | 2 |", "| 行政复议 | 1 | 0 | 0 | 1 | 3 |");
    List<String> problems = load(site, resource(OVERLAY + "2023/yanglizhen-nb-2023.md"), wrong);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).matches("content/reports/2024/nb-2024.md:\\d+: 表四 行政复议 × 总计: is 3, .*"),
        problems.toString());
  }

  @Test
  void carriedOverFiguresThatDifferWarnNamingBothFiles(@TempDir Path site) throws IOException {
    String later =
        resource(OVERLAY + "2024/yanglizhen-nb-2024.md")
            .replace("| 行政规范性文件 | 3 | 1 | 12 |", "| 行政规范性文件 | 3 | 1 | 15 |");
    List<String> problems = load(site, resource(OVERLAY + "2023/yanglizhen-nb-2023.md"), later);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .matches(
                "content/reports/2024/nb-2024.md:\\d+: warning: 表二 第二十条第（一）项 行政规范性文件 ×"
                    + " 现行有效件数: is 15, but content/reports/2023/nb-2023.md had 10 in force, \\+ 3"
                    + " 本年制发 − 1 本年废止 = 12 \\(expected equal\\)"),
        problems.toString());
  }
}
