package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodyNestingTest {
  private static final String PATH = "content/reports/2024/deep.md";
  private final BodyNesting nesting = new BodyNesting();

  /** The problems of {@code body}, as the body of a file whose first body line is 11. */
  private List<String> problems(String body) {
    List<Problem> problems = new ArrayList<>();
    boolean ok = nesting.check(new SourceFile(PATH, Path.of(PATH), Map.of(), body, 11), problems);
    assertEquals(problems.isEmpty(), ok);
    return problems.stream().map(Problem::format).toList();
  }

  private static String tooDeep(int line) {
    return PATH
        + ":"
        + line
        + ": body: quotes, lists, emphasis or links nest more than 50 levels deep here (expected at most 50 levels inside one another; real reports need fewer"
        + " than 10)";
  }

  @Test
  void aRealReportsNestingPasses() {
    String body =
        "## 一、主要举措\n\n> 引文\n>\n> - 第一项\n>   - 第二层 **加粗 *斜体 [链接](a.html)*** \n"
            + ">     1. 第三层\n>        - 第四层\n>          - 第五层\n>            - 第六层\n\n"
            + "| 项目 | 数量 |\n|---|---|\n| **培训** | 10 |\n";
    assertEquals(List.of(), problems(body));
  }

  @Test
  void tenThousandDeepBlockquotesListsAndEmphasisAreRefusedWithTheirLine() {
    String lead = "正文第一段。\n\n";
    assertEquals(List.of(tooDeep(13)), problems(lead + "> ".repeat(10_000) + "深\n"));
    assertEquals(List.of(tooDeep(13)), problems(lead + "- ".repeat(10_000) + "深\n"));
    assertEquals(List.of(tooDeep(13)), problems(lead + "1. ".repeat(10_000) + "深\n"));
    assertEquals(
        List.of(tooDeep(13)),
        problems(lead + "*".repeat(10_000) + "深" + "*".repeat(10_000) + "\n"));
    assertEquals(
        List.of(tooDeep(13)),
        problems(lead + "**a ".repeat(5_000) + "深" + " b**".repeat(5_000) + "\n"));
    assertEquals(
        List.of(tooDeep(13)),
        problems(lead + "![".repeat(5_000) + "深" + "](u)".repeat(5_000) + "\n"));
  }

  @Test
  void justOverTheLimitIsRefusedWithTheDepthAndJustUnderPasses() {
    // A blockquote level is one element; the paragraph and its text add two.
    assertEquals(List.of(), problems("> ".repeat(48) + "x\n"));
    assertEquals(List.of(tooDeep(11)), problems("> ".repeat(49) + "x\n"));
  }

  @Test
  void manyEmphasesAndLinksSideBySideAreNotNesting() {
    assertEquals(List.of(), problems("**加粗** ".repeat(500) + "\n"));
    assertEquals(List.of(), problems("**加粗**继续，".repeat(500) + "\n"));
    assertEquals(List.of(), problems("- **名称**：[说明](a.html)\n".repeat(500)));
    assertEquals(List.of(), problems("| [**甲**](a.html) | _乙_ |\n".repeat(500)));
    assertEquals(List.of(), problems("-".repeat(80) + "\n\n正文\n"));
  }

  @Test
  void theBoundNeverUnderestimates() {
    for (String body :
        List.of(
            "> ".repeat(60) + "x", "- ".repeat(30) + "x", "*".repeat(60) + "x" + "*".repeat(60))) {
      assertTrue(BodyNesting.bound(body).depth() > BodyNesting.MAX_DEPTH, body);
    }
  }

  @Test
  void theRenderStagesMessageNamesTheFileAndBody() {
    assertEquals(
        PATH
            + ":11: body: is nested too deeply to render (expected at most 50 levels of quotes,"
            + " lists and emphasis inside one another)",
        BodyNesting.tooDeepToRender(PATH, 11).format());
  }
}
