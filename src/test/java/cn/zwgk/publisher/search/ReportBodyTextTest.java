package cn.zwgk.publisher.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBodyTextTest {
  @TempDir Path temp;
  private final ReportBodyText bodies =
      new ReportBodyText(SourceFileParser.DEFAULT_SEPARATOR, new MarkdownRenderer());

  private Report reportIn(String fileText) throws IOException {
    Path file = temp.resolve("r.md");
    Files.writeString(file, fileText);
    Report template = new TestReports().published("r", "t", "c", "t", 2024, "");
    return new Report(
        "content/reports/2024/r.md",
        file,
        template.uri(),
        template.title(),
        template.status(),
        template.date(),
        template.written(),
        template.indexNumber(),
        template.category(),
        template.issuer(),
        template.township(),
        template.county(),
        template.year(),
        template.docNumber(),
        template.subjectWords(),
        template.extra(),
        template.lines(),
        3,
        List.of(),
        List.of(),
        "report",
        "",
        cn.zwgk.publisher.metadata.IssuerLevel.TOWNSHIP,
        "");
  }

  @Test
  void turnsTheMarkdownBodyIntoPlainTextWithoutTheHeader() throws IOException {
    Report r =
        reportIn(
            "title=标题\ntype=report\n~~~~~~\n## 一、主要举措\n\n我镇**依法**行政。\n软换行\n继续。\n\n| 项目 | 数量 |\n|---|---|\n| 案件 | 49 |\n");
    assertEquals("一、主要举措 我镇依法行政。软换行继续。 项目 数量 案件 49", bodies.of(r));
  }

  @Test
  void leavesOutWhatTheSanitizerRemoves() throws IOException {
    Report r = reportIn("title=t\n~~~~~~\n正文<script>alert('x')</script>结束\n");
    assertEquals("正文结束", bodies.of(r));
  }

  @Test
  void failsWhenTheFileNoLongerParses() throws IOException {
    Report r = reportIn("title=t\nno separator any more\n");
    InvalidContentException e = assertThrows(InvalidContentException.class, () -> bodies.of(r));
    assertEquals("header", e.problems().get(0).field());
  }

  @Test
  void aBodyTooDeepToRenderIsAProblemNamingTheFileNotAStackOverflow() throws IOException {
    // Validation refuses such a body first; this is the render stage's own defence.
    Report r = reportIn("title=t\n~~~~~~\n" + "- ".repeat(20_000) + "深\n");
    InvalidContentException e = assertThrows(InvalidContentException.class, () -> bodies.of(r));
    assertEquals(
        "content/reports/2024/r.md:3: body: is nested too deeply to render (expected at most 50"
            + " levels of quotes, lists and emphasis inside one another)",
        e.problems().get(0).format());
  }
}
