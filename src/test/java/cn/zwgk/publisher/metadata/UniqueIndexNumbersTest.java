package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.problem.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UniqueIndexNumbersTest {
  private static final cn.zwgk.publisher.problem.Messages EN =
      cn.zwgk.publisher.problem.Messages.of(cn.zwgk.publisher.problem.Language.EN);

  private static Report report(String path, String indexNumber) {
    return new Report(
        path,
        Path.of(path),
        "",
        "t",
        ReportStatus.PUBLISHED,
        Optional.of(LocalDate.of(2025, 1, 2)),
        Optional.empty(),
        indexNumber,
        "",
        "i",
        "t",
        "c",
        Optional.of(2024),
        "",
        List.of(),
        Map.of(),
        Map.of("index_number", 6),
        14,
        List.of(),
        List.of(),
        "report",
        "",
        cn.zwgk.publisher.metadata.IssuerLevel.TOWNSHIP,
        "");
  }

  @Test
  void reportsEveryReuseAgainstTheFirstFileInPathOrder() {
    List<Problem> problems = new ArrayList<>();
    UniqueIndexNumbers.check(
        List.of(
            report("content/reports/2024/b.md", "11441602730470987N/2025-00002"),
            report("content/reports/2024/a.md", "11441602730470987N/2025-00002"),
            report("content/reports/2024/c.md", "11441602730470987N/2025-00003")),
        problems);
    assertEquals(
        List.of(
            "content/reports/2024/b.md:6: index_number: \"11441602730470987N/2025-00002\" is already used by"
                + " content/reports/2024/a.md:6 (expected a number unique across the site; 索引号 are never reused)"),
        problems.stream().map(p -> p.format(EN)).toList());
  }

  @Test
  void draftsWithoutNumberDoNotCollide() {
    List<Problem> problems = new ArrayList<>();
    UniqueIndexNumbers.check(List.of(report("a.md", ""), report("b.md", "")), problems);
    assertEquals(List.of(), problems);
  }
}
