package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.metadata.SpamWords;
import cn.zwgk.publisher.residue.PortalChrome;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real disclosure pages and report texts copied from public portals of 13 provinces and four CMS
 * families ({@code real/NN-*.txt}, each with {@code NN-*.properties}: the values the page prints
 * and where it comes from). Every page is imported; every printed field, the title, the kind, the
 * truncated and structure findings, and the absence of portal chrome in the body are compared. The
 * score (fields right / fields printed) is printed and written to {@code
 * target/real-pages-score.txt}.
 */
class RealPagesTest {
  private static final Path DIR = Path.of("src/test/resources/cn/zwgk/publisher/importer/real");

  /** Keys of a fixture's properties that are not printed fields. */
  private static final Set<String> NOT_FIELDS =
      Set.of("url", "province", "cms", "type", "truncated", "split");

  /** Printed fields compared when the fixture leaves them out: they must then be empty. */
  private static final List<String> ALWAYS =
      List.of("title", "index_number", "issuer", "doc_number", "written", "date", "category");

  /** Settings of a site that accepts every 索引号 scheme (the schemes are the site's choice). */
  private static ImportSettings settings() {
    return new ImportSettings(
        SiteConfig.parse(
            String.join(
                "\n",
                // The forms these pages print (see each fixture's .properties).
                "index_number.scheme.region={digits:10}/{year}-{serial:6}",
                "index_number.scheme.organ={code:9}/{year}-{serial:5}",
                "index_number.scheme.monthly={code:9}/{yearmonth}-{serial:5}",
                "index_number.scheme.local={code:18}-zcxzf-{serial:8}",
                "index_number.schemes.default=national-uscc,national-org,region,organ,monthly,local",
                "")),
        SpamWords.shipped(),
        IssuerRegistry.parse(""),
        2025);
  }

  private static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
          .sorted()
          .toList();
    }
  }

  @Test
  void setCoversEightProvincesAndFourCmsFamilies() throws IOException {
    Set<String> provinces = new TreeSet<>();
    Set<String> families = new TreeSet<>();
    for (Path txt : fixtures()) {
      Properties p = expected(txt);
      provinces.add(p.getProperty("province"));
      families.add(p.getProperty("cms"));
    }
    assertTrue(fixtures().size() >= 20, "fixtures: " + fixtures().size());
    assertTrue(fixtures().stream().anyMatch(p -> p.toString().endsWith(".html")), "saved pages");
    assertTrue(provinces.size() >= 8, "provinces: " + provinces);
    assertTrue(families.size() >= 4, "families: " + families);
  }

  @Test
  void importsEveryPrintedFieldTitleAndNoChrome() throws IOException {
    ReportImporter importer = new ReportImporter(settings());
    List<String> wrong = new ArrayList<>();
    int printed = 0;
    int right = 0;
    for (Path txt : fixtures()) {
      Properties expected = expected(txt);
      String name = txt.getFileName().toString();
      ImportedReport report =
          importer.importReport(name, Files.readAllBytes(txt), Optional.empty());
      if (Boolean.getBoolean("real.dump")) {
        Path out = Path.of("target/real").resolve(name);
        Files.createDirectories(out.getParent());
        Files.writeString(
            out,
            ImportFixtures.fileText(report) + "\n----\n" + ImportFixtures.log(report),
            StandardCharsets.UTF_8);
      }
      Set<String> keys = new TreeSet<>(ALWAYS);
      expected.stringPropertyNames().stream()
          .filter(k -> !NOT_FIELDS.contains(k))
          .forEach(keys::add);
      for (String key : keys) {
        String want = expected.getProperty(key, "");
        String got = report.header().getOrDefault(key, "");
        if (!want.isEmpty()) {
          printed++;
        }
        if (want.equals(got) || readButInvalid(report, key, want)) {
          right += want.isEmpty() ? 0 : 1;
        } else {
          wrong.add(name + ": " + key + ": expected \"" + want + "\", got \"" + got + "\"");
        }
      }
      String type = expected.getProperty("type", "report");
      if (!type.equals(report.header().get("type")) && !typeFellBack(report, type)) {
        wrong.add(name + ": type: expected " + type + ", got " + report.header().get("type"));
      }
      boolean truncated = report.findings().stream().anyMatch(f -> f.rule().equals("truncated"));
      if (truncated != Boolean.parseBoolean(expected.getProperty("truncated", "false"))) {
        wrong.add(name + ": truncated finding " + truncated);
      }
      boolean split = report.notes().stream().anyMatch(n -> n.toString().contains(": structure:"));
      if (split != Boolean.parseBoolean(expected.getProperty("split", "false"))) {
        wrong.add(name + ": one-line split " + split);
      }
      for (String line : report.body().split("\n")) {
        String text = line.replaceFirst("^#+\\s*", "");
        if (PortalChrome.shipped().isChrome(text, PortalChrome.Where.BODY)
            || PortalChrome.shipped().isChrome(text, PortalChrome.Where.HEAD)
            || DisclosureMetadataParser.parseLine(text, new SourcePosition(1, 1)).size() >= 2) {
          wrong.add(name + ": chrome or metadata left in the body: \"" + line + "\"");
        }
      }
    }
    String score =
        String.format(
            "real pages: %d files, fields right %d / printed %d (%.1f%%)%n",
            fixtures().size(), right, printed, 100.0 * right / printed);
    System.out.print(score);
    wrong.forEach(w -> System.out.println("  " + w));
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target/real-pages-score.txt"),
        score + String.join("\n", wrong) + "\n",
        StandardCharsets.UTF_8);
    assertEquals(List.of(), wrong);
  }

  /**
   * Whether the page's value was read right and then left empty because the site's rules reject it
   * (a 成文日期 after the 发布日期): the finding names the value.
   */
  private static boolean readButInvalid(ImportedReport report, String key, String want) {
    return !want.isEmpty()
        && report.findings().stream()
            .anyMatch(f -> f.rule().equals(key) && f.message().contains("\"" + want + "\""));
  }

  /** Whether the kind told was right but the site's schema does not have it yet. */
  private static boolean typeFellBack(ImportedReport report, String type) {
    return report.notes().stream()
        .anyMatch(n -> n.toString().startsWith("type: the input reads as type=" + type));
  }

  private static Properties expected(Path txt) throws IOException {
    Path file = Path.of(txt.toString().replaceFirst("\\.(txt|html)$", ".properties"));
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    return p;
  }
}
