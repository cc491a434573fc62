package cn.zwgk.publisher.demo;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.metadata.CodeCheckDigits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes the source of the demonstration portal of 样例县: 8 fictional townships, 4 report years
 * ending with last year, enough variety to fill every index and the grid (one report published
 * late, one year missing, the newest ones still drafts until their publication day). Reports are
 * written from the body template {@code report.md} shipped beside this class, with numbers that
 * differ per township and year; templates/ and assets/ come from a real site source. Deterministic
 * for a given "today". New kinds of document are new entries of {@link #plan}.
 */
public final class DemoSite {
  /** The years shown. */
  static final int YEARS = 4;

  private static final String RESOURCES = "/cn/zwgk/publisher/demo/";

  /** One demonstration report: whose, for which year, published when, and in which state. */
  record DemoReport(DemoTownship township, int year, LocalDate published, String status) {}

  /** A fictional township: name, URL slug, and its made-up unified social credit code. */
  record DemoTownship(String name, String slug, String code) {}

  private DemoSite() {}

  /**
   * Writes the demo source into {@code target} (which must be empty or absent): jbake.properties
   * from {@code site}'s plus the demo settings, templates/ and assets/ copied from {@code site},
   * and the reports; returns the number of reports written.
   */
  public static int write(Path site, Path target, LocalDate today) {
    try {
      Files.createDirectories(target);
      String properties =
          Files.readString(site.resolve(SiteConfig.FILE_NAME), StandardCharsets.UTF_8)
              + "\n# --- demonstration portal ---\n"
              + resource("site.properties");
      Files.writeString(target.resolve(SiteConfig.FILE_NAME), properties, StandardCharsets.UTF_8);
      copyTree(site.resolve("templates"), target.resolve("templates"));
      copyTree(site.resolve("assets"), target.resolve("assets"));
      List<DemoReport> plan = plan(townships(), today);
      String body = resource("report.md");
      for (DemoReport r : plan) {
        Path file =
            target.resolve(
                "content/reports/" + r.year() + "/" + r.township().slug() + "-" + r.year() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, reportText(r, body, plan), StandardCharsets.UTF_8);
      }
      return plan.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo site into " + target, e);
    }
  }

  /** The reports of the demo: every township for every year, with the variations listed above. */
  static List<DemoReport> plan(List<DemoTownship> townships, LocalDate today) {
    List<DemoReport> plan = new ArrayList<>();
    int last = today.getYear() - 1;
    for (int year = last - YEARS + 1; year <= last; year++) {
      for (int t = 0; t < townships.size(); t++) {
        if (t == townships.size() - 1 && year == last - 2) {
          continue; // one township never published this year: a gap in the grid
        }
        LocalDate published =
            t == 5 && year == last - 1
                ? LocalDate.of(year + 1, 4, 15) // after the 1 April deadline: marked late
                : LocalDate.of(year + 1, 1 + t % 3, 5 + 2 * t);
        String status = published.isAfter(today) ? "draft" : "published";
        plan.add(new DemoReport(townships.get(t), year, published, status));
      }
    }
    return plan;
  }

  static String reportText(DemoReport r, String body, List<DemoReport> plan) {
    DemoTownship t = r.township();
    boolean published = r.status().equals("published");
    int serial = serial(r, plan);
    int seed = Math.abs(Objects.hash(t.slug(), r.year()));
    String header =
        String.join(
            "\n",
            "title=" + t.name() + r.year() + "年法治政府建设年度报告（演示）",
            "type=report",
            "status=" + r.status(),
            "date=" + (published ? r.published() : ""),
            "written=" + (published ? r.published().minusDays(3) : ""),
            "index_number="
                + (published
                    ? t.code() + "/" + r.published().getYear() + "-" + "%05d".formatted(serial)
                    : ""),
            "category=工作报告",
            "issuer=样例县" + t.name() + "人民政府",
            "township=" + t.name(),
            "county=样例县",
            "year=" + r.year(),
            "doc_number=样"
                + t.name().charAt(0)
                + "府发〔"
                + r.published().getYear()
                + "〕"
                + (1 + seed % 30)
                + "号",
            "subject_words=法治政府, 年度报告, 演示",
            "~~~~~~",
            "");
    Map<String, String> values =
        Map.of(
            "{township}", t.name(),
            "{year}", String.valueOf(r.year()),
            "{next_year}", String.valueOf(r.year() + 1),
            "{meetings}", String.valueOf(3 + seed % 5),
            "{decisions}", String.valueOf(4 + seed % 9),
            "{reviews}", String.valueOf(20 + seed % 40),
            "{talks}", String.valueOf(10 + seed % 30),
            "{leaflets}", String.valueOf(1000 + seed % 9000),
            "{helpers}", String.valueOf(20 + seed % 80),
            "{briefings}", String.valueOf(2 + seed % 4));
    String text = body;
    for (var e : values.entrySet()) {
      text = text.replace(e.getKey(), e.getValue());
    }
    return header + text.replace("{trainings}", String.valueOf(2 + seed % 3));
  }

  /** The serial of a published report: its place among its issuer's publications of that year. */
  private static int serial(DemoReport r, List<DemoReport> plan) {
    return 1
        + (int)
            plan.stream()
                .filter(o -> o.township().equals(r.township()))
                .filter(o -> o.published().getYear() == r.published().getYear())
                .filter(o -> o.published().isBefore(r.published()))
                .count();
  }

  static List<DemoTownship> townships() {
    List<DemoTownship> out = new ArrayList<>();
    for (String line : resource("townships.csv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(",");
      out.add(new DemoTownship(f[0].strip(), f[1].strip(), withCheckDigits(f[2].strip())));
    }
    return out;
  }

  /**
   * A code of 16 characters completed to a unified social credit code: its organisation code's
   * check digit (character 17), then its own (character 18).
   */
  static String withCheckDigits(String first16) {
    String org = null;
    for (char c : "0123456789X".toCharArray()) {
      if (CodeCheckDigits.isValidOrganisationCode(first16.substring(8) + c)) {
        org = first16 + c;
      }
    }
    for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
      if (org != null && CodeCheckDigits.isValidUscc(org + c)) {
        return org + c;
      }
    }
    throw new IllegalStateException("no check digits for " + first16);
  }

  private static String resource(String name) {
    try (InputStream in = DemoSite.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      throw new IllegalArgumentException(
          from
              + " does not exist (run `publisher demo` in a site source folder, or pass --source)");
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
