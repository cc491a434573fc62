package cn.zwgk.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final String GOLDEN = "/cn/zwgk/publisher/importer/golden/";

  @TempDir Path site;
  Path seeds;

  @BeforeEach
  void seeds() throws IOException {
    seeds = Files.createDirectories(site.resolve("seeds"));
    copySeed("002_cde1628b69510f98");
    copySeed("003_257c0fdce13a2791");
  }

  private void copySeed(String seed) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(GOLDEN + seed + ".txt")) {
      Files.write(seeds.resolve(seed + ".txt"), in.readAllBytes());
    }
  }

  private CliRun importSeeds(String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "import";
    args[1] = seeds.toString();
    args[2] = "--source";
    args[3] = site.toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    return CliRun.of(args);
  }

  private Path report(String name) {
    return site.resolve("content/reports/" + name);
  }

  @Test
  void importsAFolderAndSummarises() throws IOException {
    CliRun run = importSeeds();
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.isRegularFile(report("2023/pingshanzhen-2023.md")));
    assertTrue(Files.isRegularFile(report("2024/puqianzhen-2024.md")));
    assertTrue(
        run.out()
            .contains(
                seeds.resolve("002_cde1628b69510f98.txt")
                    + ":5:1: removed: residue: \"[bookmark: _GoBack]\"\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "imported 2 of 2 file(s): 1 published, 1 draft(s) needing an editor, 0 failed\n"
                    + "  draft content/reports/2023/pingshanzhen-2023.md needs an editor: missing date,"
                    + " index_number\n"
                    + "findings: 0; removals: 6\n"),
        run.out());
    assertEquals(
        "index_number,file\n11441602730470987N/2025-00002,content/reports/2024/puqianzhen-2024.md\n",
        Files.readString(site.resolve("registry/issued-numbers.csv")).replaceAll("(?m)^#.*\n", ""));
  }

  /** What an editor reads by default: every removal, note and the summary in Chinese. */
  @Test
  void printsRemovalsAndTheSummaryInChineseByDefault() {
    CliRun run = CliRun.raw("import", seeds.toString(), "--source", site.toString(), "--dry-run");
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out()
            .contains(
                seeds.resolve("002_cde1628b69510f98.txt")
                    + ":5:1: 已删除（转换残留）：“[bookmark: _GoBack]”\n"),
        run.out());
    assertTrue(
        run.out().contains(seeds.resolve("002_cde1628b69510f98.txt") + "：按 text 读取（UTF-8）\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "试运行：将导入 2 个文件中的 2 个：发布 1 篇，草稿 1 篇（需编辑人员补充），失败 0 个；没有写入任何文件\n"
                    + "  草稿 content/reports/2023/pingshanzhen-2023.md：需要编辑人员补充：缺少 发布日期（date）、索引号（index_number）\n"
                    + "提示：0 条；删除：6 处（见上面各行）\n"),
        run.out());
  }

  @Test
  void anUnreadableInputIsToldInChinese() throws IOException {
    Files.write(seeds.resolve("empty.txt"), new byte[0]);
    CliRun run =
        CliRun.raw("import", seeds.resolve("empty.txt").toString(), "--source", site.toString());
    assertEquals(1, run.status());
    assertEquals(
        seeds.resolve("empty.txt")
            + ": 输入文件（input）: 文件是空的（应为报告的文字）。请检查是否选对了文件\n"
            + seeds.resolve("empty.txt")
            + "：未导入\n",
        run.err());
  }

  @Test
  void neverOverwritesAnExistingReportWithoutForce() throws IOException {
    assertEquals(0, importSeeds().status());
    Path existing = report("2023/pingshanzhen-2023.md");
    Files.writeString(existing, "edited by an editor\n");
    CliRun again = importSeeds();
    assertEquals(1, again.status());
    assertTrue(
        again
            .err()
            .contains(
                seeds.resolve("002_cde1628b69510f98.txt")
                    + ": output: content/reports/2023/pingshanzhen-2023.md already exists; it was not"
                    + " overwritten (pass --force to replace it, or delete it first)\n"),
        again.err());
    assertEquals("edited by an editor\n", Files.readString(existing));

    CliRun forced = importSeeds("--force");
    assertEquals(0, forced.status(), forced.err());
    assertTrue(Files.readString(existing).startsWith("title=关于2023年法治政府建设工作的报告\n"));
    assertEquals(
        1,
        Files.readString(site.resolve("registry/issued-numbers.csv"))
            .lines()
            .filter(l -> l.startsWith("11441602730470987N/2025-00002,"))
            .count(),
        "a re-import records its number once");
  }

  @Test
  void dryRunWritesNothingAndPrintsTheFiles() {
    CliRun run = importSeeds("--dry-run");
    assertEquals(0, run.status(), run.err());
    assertFalse(Files.exists(site.resolve("content")));
    assertFalse(Files.exists(site.resolve("registry")));
    assertTrue(
        run.out()
            .contains(
                "would write content/reports/2024/puqianzhen-2024.md (status=published):\n"
                    + "title=埔前镇2024年法治政府建设年度报告\ntype=report\nstatus=published\n"),
        run.out());
    assertTrue(run.out().contains("dry run: would import 2 of 2 file(s)"), run.out());
  }

  @Test
  void anUnreadableInputFailsAloneAndTheOthersImport() throws IOException {
    Files.write(seeds.resolve("empty.txt"), new byte[0]);
    Path missing = site.resolve("nowhere.docx");
    CliRun run =
        CliRun.of("import", seeds.toString(), missing.toString(), "--source", site.toString());
    assertEquals(1, run.status());
    assertTrue(
        run.err()
            .contains(
                seeds.resolve("empty.txt")
                    + ": input: the file is empty (expected the text of a report)\n"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                missing
                    + ": input: no such file (expected a .txt, .html or .docx file or a folder of them)\n"),
        run.err());
    assertTrue(Files.isRegularFile(report("2024/puqianzhen-2024.md")));
    assertTrue(
        run.out()
            .contains(
                "imported 2 of 4 file(s): 1 published, 1 draft(s) needing an editor, 2 failed"),
        run.out());
  }

  @Test
  void reportsThatWouldShareAFileGetASuffix() throws IOException {
    Files.copy(seeds.resolve("002_cde1628b69510f98.txt"), seeds.resolve("002_copy.txt"));
    CliRun run = importSeeds();
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.isRegularFile(report("2023/pingshanzhen-2023.md")));
    assertTrue(Files.isRegularFile(report("2023/pingshanzhen-2023-2.md")));
  }

  @Test
  void anIndexNumberIssuedForAnotherReportIsNotReused() throws IOException {
    Files.createDirectories(site.resolve("registry"));
    Files.writeString(
        site.resolve("registry/issued-numbers.csv"),
        "index_number,file\n11441602730470987N/2025-00002,content/reports/2024/other.md\n",
        StandardCharsets.UTF_8);
    CliRun run = importSeeds();
    assertEquals(1, run.status());
    assertTrue(
        run.err()
            .contains(
                ": index_number: 11441602730470987N/2025-00002 was issued for"
                    + " content/reports/2024/other.md (registry/issued-numbers.csv:2); a 索引号 is"
                    + " never reused (expected a number of its own for this report)"),
        run.err());
    assertFalse(Files.exists(report("2024/puqianzhen-2024.md")));
  }

  @Test
  void warnsWhenTheIssuerDisagreesWithTheRegistry() throws IOException {
    Files.createDirectories(site.resolve("registry"));
    Files.writeString(
        site.resolve("registry/issuers.csv"),
        "township,county,issuer,code\n坪山镇,垫江县,重庆市垫江县坪山镇人民政府,11441602730470987N\n",
        StandardCharsets.UTF_8);
    CliRun run = importSeeds();
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out()
            .contains(
                "note: warning: issuer \"垫江县坪山镇人民政府\" differs from \"重庆市垫江县坪山镇人民政府\""
                    + " registered for 坪山镇 in registry/issuers.csv:2 (check which is the full,"
                    + " current name)"),
        run.out());
  }
}
