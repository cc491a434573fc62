package cn.zwgk.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.metadata.IndexNumberSchemes;
import cn.zwgk.publisher.metadata.Issuers;
import cn.zwgk.publisher.metadata.ReportValidator;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publisher new} for every kind and issuer level, in each issuer's 索引号 scheme. */
class NewCommandKindsTest {
  @TempDir Path site;

  @BeforeEach
  void siteWithSchemes() throws IOException {
    Files.writeString(
        site.resolve("jbake.properties"),
        "index_number.scheme.shaanxi-region={digits:10}/{year}-{serial:6}\n"
            + "index_number.scheme.yunnan-org={orgcode}-{year}-{serial:6}\n"
            + "index_number.scheme.uscc-month={uscc}/{yearmonth}-{serial:4}\n",
        StandardCharsets.UTF_8);
    Files.createDirectories(site.resolve("registry"));
    Files.writeString(
        site.resolve("registry/issuers.csv"),
        "township,county,issuer,code,scheme,level,parent\n"
            + "埔前镇,源城区,河源市源城区埔前镇人民政府,11441602730470987N,,,\n"
            + ",镇巴县,镇巴县人民政府,6107280000,shaanxi-region,county,\n"
            + ",镇巴县,镇巴县财政局,01527918X,yunnan-org,department,镇巴县人民政府\n"
            + "兴隆镇,镇巴县,镇巴县兴隆镇人民政府,116107280160351282,uscc-month,,镇巴县人民政府\n",
        StandardCharsets.UTF_8);
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of("new", "--source", site.toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private String created(CliRun run) {
    assertEquals(0, run.status(), run.err());
    return run.out().substring("created ".length(), run.out().indexOf(" (status=draft)"));
  }

  private String header(String path, String key) throws IOException {
    return Files.readAllLines(site.resolve(path)).stream()
        .filter(l -> l.startsWith(key + "="))
        .findFirst()
        .orElse("")
        .replaceFirst("^[a-z_]+=", "");
  }

  /** The created draft validates against the site's settings and registry without an error. */
  private void assertValid(String path) throws IOException {
    SiteConfig config = SiteConfig.load(site);
    List<Problem> problems = new ArrayList<>();
    new SourceFileParser(SourceFileParser.DEFAULT_SEPARATOR)
        .parse(path, site.resolve(path), Files.readAllBytes(site.resolve(path)), problems)
        .flatMap(
            s ->
                new ReportValidator(config, Issuers.load(site, IndexNumberSchemes.of(config)))
                    .validate(s, problems));
    assertEquals(List.of(), problems.stream().filter(Problem::isError).toList(), path);
  }

  @Test
  void issuesTheNextNumberInEachIssuersScheme() throws IOException {
    String rule =
        created(
            run(
                "--issuer",
                "镇巴县人民政府",
                "--type",
                "document",
                "--genre",
                "规则",
                "--title",
                "镇巴县人民政府工作规则",
                "--publication-date",
                "2024-04-06"));
    assertEquals("content/reports/2024/zhenbaxianrenminzhengfu-wenjian-1.md", rule);
    assertEquals("6107280000/2024-000001", header(rule, "index_number"));
    assertEquals("", header(rule, "township"));
    assertEquals("规则", header(rule, "genre"));
    assertValid(rule);

    String second =
        created(
            run(
                "--issuer",
                "镇巴县人民政府",
                "--type",
                "document",
                "--title",
                "通知",
                "--publication-date",
                "2024-05-01"));
    assertEquals("6107280000/2024-000002", header(second, "index_number"));

    String department =
        created(
            run(
                "--issuer",
                "镇巴县财政局",
                "--type",
                "disclosure-report",
                "--year",
                "2024",
                "--publication-date",
                "2025-01-20"));
    assertEquals("content/reports/2024/zhenbaxiancaizhengju-2024-xxgk-nianbao.md", department);
    assertEquals("01527918X-2025-000001", header(department, "index_number"));
    assertEquals("镇巴县财政局2024年政府信息公开工作年度报告", header(department, "title"));
    assertValid(department);

    String township =
        created(
            run(
                "--township",
                "兴隆镇",
                "--type",
                "disclosure-report",
                "--year",
                "2024",
                "--publication-date",
                "2025-01-15"));
    assertEquals("116107280160351282/202501-0001", header(township, "index_number"));
    assertValid(township);

    String fazhi =
        created(run("--township", "埔前镇", "--year", "2024", "--publication-year", "2025"));
    assertEquals("11441602730470987N/2025-00001", header(fazhi, "index_number"));
    assertValid(fazhi);
  }

  @Test
  void concurrentRunsNeverIssueTheSameNumber() throws Exception {
    int runs = 4;
    ExecutorService pool = Executors.newFixedThreadPool(runs);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<CliRun>> results = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      String title = "通知" + i;
      results.add(
          pool.submit(
              () -> {
                start.await();
                return run(
                    "--issuer",
                    "镇巴县人民政府",
                    "--type",
                    "document",
                    "--title",
                    title,
                    "--publication-date",
                    "2024-04-06");
              }));
    }
    start.countDown();
    List<String> numbers = new ArrayList<>();
    for (Future<CliRun> f : results) {
      numbers.add(header(created(f.get()), "index_number"));
    }
    pool.shutdown();
    assertEquals(runs, numbers.stream().distinct().count(), numbers.toString());
    List<String> logged =
        Files.readAllLines(site.resolve("registry/issued-numbers.csv")).stream()
            .filter(l -> l.startsWith("6107280000/"))
            .toList();
    assertEquals(runs, logged.size(), logged.toString());
    assertTrue(numbers.contains("6107280000/2024-000004"), numbers.toString());
  }

  @Test
  void aCountyLevelIssuerIsFoundByItsFullName() {
    CliRun run = run("--issuer", "镇巴县教育局", "--type", "document", "--title", "x");
    assertEquals(1, run.status());
    assertTrue(
        run.err()
            .startsWith(
                "registry/issuers.csv: issuer: 镇巴县教育局 is not in the registry of issuing bodies"),
        run.err());
  }
}
