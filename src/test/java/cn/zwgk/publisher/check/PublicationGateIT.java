package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.cli.PublisherCli;
import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.BuildSummary;
import cn.zwgk.publisher.site.SiteBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check as the build's gate and as a command: a failing check stops the build and leaves the
 * previous output as it was, {@code --no-check} says it skipped, {@code publisher check} prints
 * text or JSON and exits 1 on errors, {@code --verify} finds every changed, added and removed file
 * of a deployed copy, and the project's real content passes.
 */
class PublicationGateIT {
  @TempDir Path tmp;

  private record Run(int status, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        PublisherCli.run(
            new PrintWriter(out),
            new PrintWriter(err),
            cn.zwgk.publisher.testing.EnglishCli.args(args));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void buildStopsOnCheckErrorAndKeepsThePreviousOutput() throws IOException {
    Path source = FixtureSite.source("invalid-spam", tmp);
    Path output = tmp.resolve("out");
    Files.createDirectories(output);
    Files.writeString(output.resolve("index.html"), "previous build");
    // an earlier build is recognised by its manifest: only that (or an empty folder) is replaced
    cn.zwgk.publisher.manifest.SiteManifest.scan(output).write(output);

    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () -> new SiteBuilder(FixtureSite.CLOCK).build(new BuildRequest(source, output)));

    assertEquals(
        List.of(
            "content/reports/2024/qingxi-2024.md:15: check.spam: on reports/2024/qingxi-2024.html:"
                + " contains the spam word \"皇冠足球比分\" (gambling or pornography spam) (Restore"
                + " the original wording in content/reports/2024/qingxi-2024.md, then rebuild)"),
        e.problems().stream().map(Problem::format).toList());
    assertEquals("previous build", Files.readString(output.resolve("index.html")));
    try (var files = Files.list(output)) {
      assertEquals(2, files.count());
    }
    assertFalse(Files.exists(tmp.resolve(".out.staging")));
  }

  @Test
  void buildCommandFailsWithTheFindingAndExit1() {
    Path source = FixtureSite.source("invalid-spam", tmp);
    Run run = cli("build", "--source", source.toString(), "--output", tmp.resolve("o").toString());
    assertEquals(1, run.status());
    assertTrue(
        run.err().contains("content/reports/2024/qingxi-2024.md:15: check.spam: "), run.err());
    assertTrue(
        run.err()
            .endsWith("1 error(s); nothing was published, the previous output is unchanged.\n"),
        run.err());
  }

  @Test
  void noCheckBuildsAnywayAndSaysSo() {
    Path source = FixtureSite.source("invalid-spam", tmp);
    Path output = tmp.resolve("o");
    Run run =
        cli("build", "--source", source.toString(), "--output", output.toString(), "--no-check");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("check skipped (--no-check)\n"), run.out());
    assertTrue(Files.isRegularFile(output.resolve("reports/2024/qingxi-2024.html")));
  }

  @Test
  void checkCommandPrintsTextGroupedByRuleWithCountsFirst() {
    CheckInput built = FixtureSite.build("invalid-spam", tmp);
    Run run =
        cli("check", "--source", built.source().toString(), "--site", built.site().toString());
    assertEquals(1, run.status(), run.err());
    // The command uses the system clock, so date warnings vary; the spam error does not.
    assertTrue(run.out().startsWith("check: FAILED — 1 error, "), run.out());
    assertTrue(run.out().contains("\n      1  error    spam\n"), run.out());
    assertTrue(
        run.out()
            .contains(
                "\nspam (error, 1)\n"
                    + "  reports/2024/qingxi-2024.html  ← content/reports/2024/qingxi-2024.md:15\n"
                    + "    contains the spam word \"皇冠足球比分\" (gambling or pornography spam)\n"
                    + "    → Restore the original wording in content/reports/2024/qingxi-2024.md,"
                    + " then rebuild\n"),
        run.out());
  }

  @Test
  void checkCommandPrintsJsonForCi() throws IOException {
    CheckInput built = FixtureSite.build("invalid-spam", tmp);
    Run run =
        cli(
            "check",
            "--source",
            built.source().toString(),
            "--site",
            built.site().toString(),
            "--format",
            "json");
    assertEquals(1, run.status(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertFalse(root.get("passed").asBoolean());
    assertEquals(1, root.get("errors").asInt());
    JsonNode first = root.get("findings").get(0);
    assertEquals("spam", first.get("rule").asText());
    assertEquals("error", first.get("severity").asText());
    assertEquals("reports/2024/qingxi-2024.html", first.get("page").asText());
    assertEquals("content/reports/2024/qingxi-2024.md", first.get("source").asText());
    assertEquals(15, first.get("line").asInt());
  }

  @Test
  void verifyReportsEveryFileChangedAddedOrRemovedInADeployedCopy() throws IOException {
    Path source = FixtureSite.source("valid-clean", tmp);
    Path site = tmp.resolve("site");
    new SiteBuilder(FixtureSite.CLOCK).build(new BuildRequest(source, site));
    Path deployed = tmp.resolve("deployed");
    FixtureSite.copy(site, deployed);
    Files.writeString(
        deployed.resolve("index.html"),
        Files.readString(deployed.resolve("index.html"))
            .replace("</body>", "<a href=x>x</a></body>"));
    Files.writeString(deployed.resolve("shell.php"), "<?php system($_GET['c']);");
    Files.delete(deployed.resolve("files/qingxi-plan.pdf"));

    Run run =
        cli(
            "check",
            "--site",
            site.toString(),
            "--verify",
            deployed.toString(),
            "--format",
            "json");

    assertEquals(1, run.status(), run.err());
    JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
    assertEquals(3, findings.size(), run.out());
    assertEquals("files/qingxi-plan.pdf", findings.get(0).get("page").asText());
    assertEquals(
        "removed after the build: the build published this file",
        findings.get(0).get("message").asText());
    assertEquals("index.html", findings.get(1).get("page").asText());
    assertTrue(
        findings.get(1).get("message").asText().startsWith("changed after the build: SHA-256 "));
    assertEquals("shell.php", findings.get(2).get("page").asText());
    assertEquals(
        "added after the build: the build did not publish this file",
        findings.get(2).get("message").asText());
  }

  @Test
  void verifyPassesForAnUnchangedCopyIncludingItsManifest() {
    Path source = FixtureSite.source("valid-clean", tmp);
    Path site = tmp.resolve("site");
    new SiteBuilder(FixtureSite.CLOCK).build(new BuildRequest(source, site));
    Path deployed = tmp.resolve("deployed");
    FixtureSite.copy(site, deployed);
    assertTrue(Files.isRegularFile(deployed.resolve(SiteManifest.FILE_NAME)));

    Run run = cli("check", "--site", site.toString(), "--verify", deployed.toString());

    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().startsWith("check: passed — 0 errors, 0 warnings in "), run.out());
  }

  @Test
  void realSampleContentPassesTheGate() {
    // The project's own content/, templates/ and assets/, built with the check on, today's date.
    BuildSummary summary =
        new SiteBuilder(Clock.systemUTC())
            .build(new BuildRequest(FixtureSite.PROJECT, tmp.resolve("sample")));
    assertTrue(summary.published() > 0);
    CheckResult result =
        new SiteChecker(Clock.systemUTC())
            .check(CheckInput.load(tmp.resolve("sample"), FixtureSite.PROJECT));
    assertEquals(List.of(), result.findings().stream().filter(Finding::isError).toList());
  }
}
