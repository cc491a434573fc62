package cn.zwgk.publisher.listing;

import cn.zwgk.publisher.metadata.IssuerLevel;
import cn.zwgk.publisher.metadata.PinyinSlug;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportKind;
import cn.zwgk.publisher.metadata.ReportKinds;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every listing of the site, built once from the published documents. Immutable after {@link #of};
 * thread-safe to read. All lists have a fixed order (so output is byte-identical between builds):
 * documents newest first by publication date, then by path; issuers by county, then level
 * (government, departments, townships), then name in Chinese collation; years newest first.
 */
public final class SiteIndex {
  /** Publication date descending, then path: the order of "newest" lists. */
  public static final Comparator<Report> NEWEST_FIRST =
      Comparator.comparing(Report::publicationDate).reversed().thenComparing(Report::path);

  private static final Comparator<Report> BY_YEAR_THEN_DATE =
      Comparator.comparing(Report::reportYear)
          .thenComparing(Report::publicationDate)
          .thenComparing(Report::path);

  private static final Comparator<Report> NEWEST_YEAR_FIRST =
      Comparator.comparing(Report::reportYear).reversed().thenComparing(NEWEST_FIRST);

  private final ReportKinds kinds;
  private final List<Report> published;
  private final List<Township> townships;
  private final List<YearPage> years;
  private final List<KindIndex> kindIndexes;
  private final Map<String, Township> townshipOfReport = new HashMap<>();
  private final Map<String, Neighbours> neighbours = new HashMap<>();

  private SiteIndex(List<Report> published, ReportKinds kinds) {
    this.kinds = kinds;
    this.published = published.stream().sorted(NEWEST_FIRST).toList();
    this.townships = buildTownships(this.published);
    for (Township t : townships) {
      for (Report r : t.reports()) {
        townshipOfReport.put(r.path(), t);
      }
      // Neighbours are the previous and next document of the same kind by the same issuer.
      Map<String, List<Report>> byKind =
          t.reports().stream().collect(Collectors.groupingBy(Report::kind, Collectors.toList()));
      for (List<Report> ofKind : byKind.values()) {
        List<Report> ordered = ofKind.stream().sorted(BY_YEAR_THEN_DATE).toList();
        for (int i = 0; i < ordered.size(); i++) {
          neighbours.put(
              ordered.get(i).path(),
              new Neighbours(
                  i > 0 ? Optional.of(ordered.get(i - 1)) : Optional.empty(),
                  i + 1 < ordered.size() ? Optional.of(ordered.get(i + 1)) : Optional.empty()));
        }
      }
    }
    this.years = buildYears(this.townships, t -> t.reportsByYear(), y -> "years/" + y + ".html");
    List<KindIndex> indexes = new ArrayList<>();
    for (ReportKind kind : kinds.all()) {
      indexes.add(buildKind(kind));
    }
    this.kindIndexes = List.copyOf(indexes);
  }

  /** The index of the published documents among {@code reports}; drafts are left out. */
  public static SiteIndex of(List<Report> reports, ReportKinds kinds) {
    return new SiteIndex(reports.stream().filter(Report::isPublished).toList(), kinds);
  }

  public List<Report> published() {
    return published;
  }

  /** Every issuer with a published document, of every level (see {@link Township}). */
  public List<Township> townships() {
    return townships;
  }

  /** The years of every kind together. */
  public List<YearPage> years() {
    return years;
  }

  /** The listings of each kind, in the order of {@link ReportKinds#all()}. */
  public List<KindIndex> kinds() {
    return kindIndexes;
  }

  public ReportKinds reportKinds() {
    return kinds;
  }

  /** The listings of the kind of {@code report}. */
  public KindIndex kindOf(Report report) {
    for (KindIndex k : kindIndexes) {
      if (k.kind().type().equals(report.kind())) {
        return k;
      }
    }
    throw new IllegalArgumentException("no kind " + report.kind());
  }

  public Township townshipOf(Report report) {
    return townshipOfReport.get(report.path());
  }

  public Neighbours neighbours(Report report) {
    return neighbours.getOrDefault(report.path(), Neighbours.NONE);
  }

  public boolean isLate(Report report) {
    return kinds.of(report.kind()).isLate(report);
  }

  /** The last on-time day of {@code report}, when its kind has a deadline for its issuer. */
  public Optional<LocalDate> dueDate(Report report) {
    return kinds.of(report.kind()).dueDate(report.reportYear(), report.issuerLevel());
  }

  public long countyCount() {
    return townships.stream().map(Township::county).distinct().count();
  }

  /** Number of issuers that are townships. */
  public long townshipCount() {
    return townships.stream().filter(Township::isTownship).count();
  }

  private KindIndex buildKind(ReportKind kind) {
    List<Report> ofKind = published.stream().filter(r -> r.kind().equals(kind.type())).toList();
    Map<String, Map<Integer, List<Report>>> byIssuer = new HashMap<>();
    List<Township> issuers = new ArrayList<>();
    for (Township t : townships) {
      Map<Integer, List<Report>> years = new TreeMap<>(Comparator.reverseOrder());
      for (Map.Entry<Integer, List<Report>> e : t.reportsByYear().entrySet()) {
        List<Report> own = e.getValue().stream().filter(r -> r.kind().equals(kind.type())).toList();
        if (!own.isEmpty()) {
          years.put(e.getKey(), own);
        }
      }
      if (!years.isEmpty()) {
        byIssuer.put(t.slug(), years);
        issuers.add(t);
      }
    }
    String folder = "kinds/" + kind.slug() + "/";
    List<YearPage> kindYears =
        buildYears(issuers, t -> byIssuer.get(t.slug()), y -> folder + y + ".html");
    List<Integer> gridYears = gridYears(ofKind);
    List<GridRow> grid = new ArrayList<>();
    for (Township t : issuers) {
      List<GridRow.Cell> cells = new ArrayList<>();
      Map<Integer, List<Report>> years = byIssuer.get(t.slug());
      for (int year : gridYears) {
        cells.add(
            new GridRow.Cell(
                year,
                years.getOrDefault(year, List.of()).stream()
                    .map(r -> new GridRow.Entry(r, kind.isLate(r)))
                    .toList()));
      }
      grid.add(new GridRow(t, List.copyOf(cells)));
    }
    return new KindIndex(
        kind, ofKind, kindYears, gridYears, List.copyOf(grid), Map.copyOf(byIssuer));
  }

  /** The identity of an issuer in listings: its township, or its full name at county level. */
  private static List<String> issuerKey(Report r) {
    return r.isTownshipIssuer()
        ? List.of(r.county(), "t", r.township())
        : List.of(r.county(), r.issuerLevel() == IssuerLevel.COUNTY ? "c" : "d", r.issuer());
  }

  private static List<Township> buildTownships(List<Report> newestFirst) {
    Map<List<String>, List<Report>> byIssuer = new LinkedHashMap<>();
    for (Report r : newestFirst) {
      byIssuer.computeIfAbsent(issuerKey(r), k -> new ArrayList<>()).add(r);
    }
    Collator collator = Collator.getInstance(Locale.CHINA);
    List<List<String>> keys = new ArrayList<>(byIssuer.keySet());
    keys.sort(
        Comparator.<List<String>, String>comparing(k -> k.get(0), collator)
            .thenComparing(k -> k.get(1))
            .thenComparing(k -> k.get(2), collator)
            .thenComparing(k -> String.join("\u0000", k)));
    Map<List<String>, String> slugs = slugs(keys);
    List<Township> result = new ArrayList<>();
    for (List<String> key : keys) {
      List<Report> reports = byIssuer.get(key).stream().sorted(NEWEST_YEAR_FIRST).toList();
      Map<Integer, List<Report>> byYear =
          reports.stream()
              .collect(
                  Collectors.groupingBy(
                      Report::reportYear,
                      () -> new TreeMap<>(Comparator.reverseOrder()),
                      Collectors.toList()));
      Report newest = reports.get(0);
      result.add(
          new Township(
              slugs.get(key),
              key.get(0),
              key.get(2),
              newest.issuer(),
              reports,
              byYear,
              newest.issuerLevel()));
    }
    return List.copyOf(result);
  }

  /**
   * Issuer slugs: the pinyin of the name; where two issuers share it, county pinyin is prefixed;
   * where that still collides, a counter in sort order. Townships and county-level bodies live in
   * different folders, so they are counted apart.
   */
  private static Map<List<String>, String> slugs(List<List<String>> keys) {
    Map<String, Long> plainCount =
        keys.stream().collect(Collectors.groupingBy(SiteIndex::folderSlug, Collectors.counting()));
    Map<List<String>, String> result = new HashMap<>();
    Map<String, Integer> used = new HashMap<>();
    for (List<String> key : keys) {
      String slug = baseSlug(key.get(2));
      if (plainCount.get(folderSlug(key)) > 1) {
        slug = baseSlug(key.get(0)) + "-" + slug;
      }
      int n = used.merge(key.get(1).equals("t") + "/" + slug, 1, Integer::sum);
      result.put(key, n == 1 ? slug : slug + "-" + n);
    }
    return result;
  }

  private static String folderSlug(List<String> key) {
    return key.get(1).equals("t") + "/" + baseSlug(key.get(2));
  }

  private static String baseSlug(String name) {
    String slug = PinyinSlug.of(name);
    return slug.isEmpty() ? "t" : slug;
  }

  private static List<YearPage> buildYears(
      List<Township> issuers,
      Function<Township, Map<Integer, List<Report>>> reportsOf,
      Function<Integer, String> uri) {
    Map<Integer, Map<String, List<YearPage.TownshipReports>>> byYear =
        new TreeMap<>(Comparator.reverseOrder());
    for (Township t : issuers) {
      for (Map.Entry<Integer, List<Report>> e : reportsOf.apply(t).entrySet()) {
        byYear
            .computeIfAbsent(e.getKey(), y -> new LinkedHashMap<>())
            .computeIfAbsent(t.county(), c -> new ArrayList<>())
            .add(new YearPage.TownshipReports(t, e.getValue()));
      }
    }
    List<YearPage> result = new ArrayList<>();
    for (var year : byYear.entrySet()) {
      List<YearPage.CountyGroup> counties = new ArrayList<>();
      int count = 0;
      for (var county : year.getValue().entrySet()) {
        counties.add(new YearPage.CountyGroup(county.getKey(), List.copyOf(county.getValue())));
        count += county.getValue().stream().mapToInt(tr -> tr.reports().size()).sum();
      }
      result.add(
          new YearPage(year.getKey(), List.copyOf(counties), count, uri.apply(year.getKey())));
    }
    return List.copyOf(result);
  }

  private static List<Integer> gridYears(List<Report> published) {
    if (published.isEmpty()) {
      return List.of();
    }
    int min = published.stream().mapToInt(Report::reportYear).min().orElseThrow();
    int max = published.stream().mapToInt(Report::reportYear).max().orElseThrow();
    List<Integer> years = new ArrayList<>();
    for (int y = min; y <= max; y++) {
      years.add(y);
    }
    return List.copyOf(years);
  }
}
