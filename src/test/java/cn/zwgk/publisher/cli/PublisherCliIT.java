package cn.zwgk.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.testing.FixtureSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, in-process: exit statuses and exactly what it prints. */
class PublisherCliIT {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PublisherCli.run(
        new PrintWriter(out),
        new PrintWriter(err),
        cn.zwgk.publisher.testing.EnglishCli.args(args));
  }

  @Test
  void buildPrintsOneScreenSummaryAndExitsZero(@TempDir Path dir) {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path output = dir.resolve("out");
    assertEquals(
        0,
        run("build", "--source", site.toString(), "--output", output.toString()),
        err.toString());
    String text = out.toString();
    assertTrue(
        text.contains(
            "content/reports/2023/draft-2023.md:3: warning: status: draft needs an editor"),
        text);
    assertTrue(text.contains("reports     3 published, 1 draft(s) not published"), text);
    assertTrue(text.contains("townships   2 in 2 county(ies)"), text);
    assertTrue(text.contains("years       2023–2024 (2)"), text);
    assertTrue(text.contains("output      " + output), text);
    assertTrue(Files.isRegularFile(output.resolve("index.html")));
  }

  @Test
  void longWarningListsAreCutSoTheSummaryStaysOnScreen() {
    var warnings = new java.util.ArrayList<cn.zwgk.publisher.problem.Problem>();
    for (int i = 1; i <= 25; i++) {
      warnings.add(
          cn.zwgk.publisher.problem.Problem.warning(
              "content/reports/2024/r" + i + ".md", 3, "status", "draft"));
    }
    var summary =
        new cn.zwgk.publisher.site.BuildSummary(
            0,
            25,
            0,
            0,
            java.util.List.of(),
            new cn.zwgk.publisher.site.BuildSummary.Pages(0, 0, 0, java.util.Optional.empty()),
            warnings,
            Path.of("out"),
            java.time.Duration.ZERO);
    BuildCommand.print(
        summary,
        new PrintWriter(out, true),
        cn.zwgk.publisher.problem.Messages.of(cn.zwgk.publisher.problem.Language.EN));
    String text = out.toString();
    assertTrue(text.contains("r20.md:3: warning"), text);
    assertTrue(!text.contains("r21.md"), text);
    assertTrue(
        text.contains("… and 5 more warning(s); `publisher check` lists every finding"), text);
    assertTrue(text.contains("  warnings    25"), text);
  }

  @Test
  void defaultOutputIsTargetSiteUnderTheSource(@TempDir Path dir) {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    assertEquals(0, run("build", "--source", site.toString()), err.toString());
    assertTrue(Files.isRegularFile(site.resolve("target/site/index.html")));
  }

  @Test
  void invalidContentPrintsEveryProblemAndExitsOne(@TempDir Path dir) {
    Path site = FixtureSite.copy("invalid-mixed", dir.resolve("src"));
    assertEquals(1, run("build", "--source", site.toString()));
    String[] lines = err.toString().split("\\R");
    assertTrue(
        lines[0].startsWith(
            "content/reports/2024/a-no-separator.md:4: header: this line reads as body text"),
        lines[0]);
    assertEquals(
        "content/reports/2024/b-bad-date.md:4: date: \"2025-02-30\" is not a calendar date (expected yyyy-MM-dd)",
        lines[1]);
    assertTrue(
        lines[2].startsWith("content/reports/2024/d-duplicate.md:5: index_number:"), lines[2]);
    assertEquals("3 error(s); nothing was published, the previous output is unchanged.", lines[3]);
    assertEquals("", out.toString());
  }

  @Test
  void missingSourceFolderIsAContentErrorNamingWhatIsExpected(@TempDir Path dir) {
    assertEquals(1, run("build", "--source", dir.resolve("nowhere").toString()));
    assertTrue(
        err.toString().startsWith("jbake.properties: config: no jbake.properties in "),
        err.toString());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("build", "--sauce", "x"));
    assertTrue(
        err.toString().startsWith("usage error: unknown option or argument: --sauce x"),
        err.toString());
  }

  @Test
  void everyCommandIsRegistered() {
    for (String command : new String[] {"build", "check", "import", "new", "serve", "deploy"}) {
      StringWriter help = new StringWriter();
      assertEquals(
          0,
          PublisherCli.run(new PrintWriter(help), new PrintWriter(err), command, "--help"),
          command);
      // Chinese by default: the help is read from cli/help_zh.properties.
      assertTrue(help.toString().startsWith("用法：publisher " + command), help.toString());
    }
  }

  @Test
  void missingCommandIsAUsageError() {
    assertEquals(2, run());
    // No command, so no --lang en: the default language.
    assertTrue(err.toString().contains("没有写命令。请写 build, check, import"), err.toString());
  }
}
