package cn.zwgk.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.metadata.ReportValidator;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir Path site;

  @BeforeEach
  void registry() throws IOException {
    Files.createDirectories(site.resolve("registry"));
    Files.writeString(
        site.resolve("registry/issuers.csv"),
        "# issuing bodies\ntownship,county,issuer,code\n"
            + "埔前镇,源城区,河源市源城区埔前镇人民政府,11441602730470987N\n",
        StandardCharsets.UTF_8);
  }

  private CliRun newReport(String township, int year, int published) {
    return CliRun.of(
        "new",
        "--township",
        township,
        "--year",
        String.valueOf(year),
        "--publication-year",
        String.valueOf(published),
        "--source",
        site.toString());
  }

  private String header(String name, String key) throws IOException {
    return Files.readAllLines(site.resolve("content/reports/" + name)).stream()
        .filter(l -> l.startsWith(key + "="))
        .findFirst()
        .orElseThrow()
        .substring(key.length() + 1);
  }

  @Test
  void scaffoldsAValidDraftWithTheFirstNumberOfTheYear() throws IOException {
    CliRun run = newReport("埔前镇", 2025, 2026);
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "created content/reports/2025/puqianzhen-2025.md (status=draft) with 索引号"
            + " 11441602730470987N/2026-00001, recorded in registry/issued-numbers.csv\n",
        run.out());
    String name = "2025/puqianzhen-2025.md";
    assertEquals("埔前镇2025年法治政府建设年度报告", header(name, "title"));
    assertEquals("河源市源城区埔前镇人民政府", header(name, "issuer"));
    assertEquals("源城区", header(name, "county"));
    assertEquals("draft", header(name, "status"));
    assertEquals("11441602730470987N/2026-00001", header(name, "index_number"));
    String path = "content/reports/" + name;
    List<Problem> problems = new ArrayList<>();
    Optional<SourceFile> source =
        new SourceFileParser(SourceFileParser.DEFAULT_SEPARATOR)
            .parse(path, site.resolve(path), Files.readAllBytes(site.resolve(path)), problems);
    assertTrue(source.isPresent(), problems.toString());
    new ReportValidator(SiteConfig.parse("")).validate(source.get(), problems);
    assertEquals(List.of(), problems.stream().filter(Problem::isError).toList());
  }

  @Test
  void numbersAreNeverReusedEvenWhenTheReportIsDeleted() throws IOException {
    assertEquals(0, newReport("埔前镇", 2025, 2026).status());
    assertEquals(0, newReport("埔前镇", 2026, 2026).status());
    assertEquals(
        "11441602730470987N/2026-00002", header("2026/puqianzhen-2026.md", "index_number"));
    Files.delete(site.resolve("content/reports/2025/puqianzhen-2025.md"));
    assertEquals(0, newReport("埔前镇", 2025, 2026).status());
    assertEquals(
        "11441602730470987N/2026-00003", header("2025/puqianzhen-2025.md", "index_number"));
    assertEquals(
        List.of(
            "11441602730470987N/2026-00001,content/reports/2025/puqianzhen-2025.md",
            "11441602730470987N/2026-00002,content/reports/2026/puqianzhen-2026.md",
            "11441602730470987N/2026-00003,content/reports/2025/puqianzhen-2025.md"),
        Files.readAllLines(site.resolve("registry/issued-numbers.csv")).stream()
            .filter(l -> l.startsWith("1144"))
            .toList());
  }

  @Test
  void continuesAfterNumbersAlreadyInReports() throws IOException {
    Path existing = site.resolve("content/reports/2024/imported.md");
    Files.createDirectories(existing.getParent());
    Files.writeString(
        existing,
        "title=x\nindex_number=11441602730470987N/2025-00002\n~~~~~~\n",
        StandardCharsets.UTF_8);
    assertEquals(0, newReport("埔前镇", 2025, 2025).status());
    assertEquals(
        "11441602730470987N/2025-00003", header("2025/puqianzhen-2025.md", "index_number"));
  }

  @Test
  void aTownshipMissingFromTheRegistrySaysHowToAddIt() {
    CliRun run = newReport("坪山镇", 2025, 2026);
    assertEquals(1, run.status());
    assertEquals(
        "registry/issuers.csv: township: 坪山镇 is not in the registry of issuing bodies (add a line"
            + " township,county,issuer,code to registry/issuers.csv, e.g."
            + " 埔前镇,源城区,河源市源城区埔前镇人民政府,11441602730470987N; the code is the issuer's unified"
            + " social credit code, the part before / of its 索引号)\n"
            + "1 error(s); nothing was published, the previous output is unchanged.\n",
        run.err());
    assertTrue(Files.notExists(site.resolve("registry/issued-numbers.csv")));
  }

  @Test
  void neverOverwritesAnExistingReport() throws IOException {
    assertEquals(0, newReport("埔前镇", 2025, 2026).status());
    CliRun again = newReport("埔前镇", 2025, 2026);
    assertEquals(1, again.status());
    assertTrue(
        again
            .err()
            .startsWith(
                "content/reports/2025/puqianzhen-2025.md: output: already exists; not overwritten"),
        again.err());
    assertEquals(
        1,
        Files.readAllLines(site.resolve("registry/issued-numbers.csv")).stream()
            .filter(l -> l.startsWith("1144"))
            .count());
  }

  @Test
  void aBadRegistryLineIsAnErrorNamingIt() throws IOException {
    Files.writeString(
        site.resolve("registry/issuers.csv"),
        "township,county,issuer,code\n埔前镇,源城区,河源市源城区埔前镇人民政府,11441602730470987X\n",
        StandardCharsets.UTF_8);
    CliRun run = newReport("埔前镇", 2025, 2026);
    assertEquals(1, run.status());
    assertTrue(
        run.err()
            .startsWith(
                "registry/issuers.csv:2: code: \"11441602730470987X\" is not a valid unified social"
                    + " credit code (18 characters, GB 32100) or organisation code (9 characters, GB"
                    + " 11714): check digit or length wrong\n"),
        run.err());
  }
}
