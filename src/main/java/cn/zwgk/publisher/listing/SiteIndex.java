package cn.zwgk.publisher.listing;

import cn.zwgk.publisher.metadata.PinyinSlug;
import cn.zwgk.publisher.metadata.Report;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every listing of the site, built once from the published reports. Immutable after {@link #of};
 * thread-safe to read. All lists have a fixed order (so output is byte-identical between builds):
 * reports newest first by publication date, then by path; townships by county then name in Chinese
 * collation; years newest first.
 */
public final class SiteIndex {
  /** Publication date descending, then path: the order of "newest" lists. */
  public static final Comparator<Report> NEWEST_FIRST =
      Comparator.comparing(Report::publicationDate).reversed().thenComparing(Report::path);

  private static final Comparator<Report> BY_YEAR_THEN_DATE =
      Comparator.comparing(Report::reportYear)
          .thenComparing(Report::publicationDate)
          .thenComparing(Report::path);

  private final List<Report> published;
  private final List<Township> townships;
  private final List<YearPage> years;
  private final List<Integer> gridYears;
  private final List<GridRow> grid;
  private final Map<String, Township> townshipOfReport;
  private final Map<String, Neighbours> neighbours;
  private final PublicationDeadline deadline;

  private SiteIndex(List<Report> published, PublicationDeadline deadline) {
    this.deadline = deadline;
    this.published = published.stream().sorted(NEWEST_FIRST).toList();
    this.townships = buildTownships(this.published);
    this.townshipOfReport = new HashMap<>();
    this.neighbours = new HashMap<>();
    for (Township t : townships) {
      List<Report> ordered = t.reports().stream().sorted(BY_YEAR_THEN_DATE).toList();
      for (int i = 0; i < ordered.size(); i++) {
        Report r = ordered.get(i);
        townshipOfReport.put(r.path(), t);
        neighbours.put(
            r.path(),
            new Neighbours(
                i > 0 ? Optional.of(ordered.get(i - 1)) : Optional.empty(),
                i + 1 < ordered.size() ? Optional.of(ordered.get(i + 1)) : Optional.empty()));
      }
    }
    this.years = buildYears(this.townships);
    this.gridYears = gridYears(this.published);
    this.grid = buildGrid(this.townships, this.gridYears, deadline);
  }

  /** The index of the published reports among {@code reports}; drafts are left out. */
  public static SiteIndex of(List<Report> reports, PublicationDeadline deadline) {
    return new SiteIndex(reports.stream().filter(Report::isPublished).toList(), deadline);
  }

  public List<Report> published() {
    return published;
  }

  public List<Township> townships() {
    return townships;
  }

  public List<YearPage> years() {
    return years;
  }

  /** Every year from the oldest to the newest covered, without gaps: the grid's columns. */
  public List<Integer> gridYears() {
    return gridYears;
  }

  public List<GridRow> grid() {
    return grid;
  }

  public Township townshipOf(Report report) {
    return townshipOfReport.get(report.path());
  }

  public Neighbours neighbours(Report report) {
    return neighbours.getOrDefault(report.path(), Neighbours.NONE);
  }

  public boolean isLate(Report report) {
    return deadline.isLate(report);
  }

  public PublicationDeadline deadline() {
    return deadline;
  }

  public long countyCount() {
    return townships.stream().map(Township::county).distinct().count();
  }

  private static List<Township> buildTownships(List<Report> newestFirst) {
    Map<List<String>, List<Report>> byTownship = new LinkedHashMap<>();
    for (Report r : newestFirst) {
      byTownship.computeIfAbsent(List.of(r.county(), r.township()), k -> new ArrayList<>()).add(r);
    }
    Collator collator = Collator.getInstance(Locale.CHINA);
    List<List<String>> keys = new ArrayList<>(byTownship.keySet());
    keys.sort(
        Comparator.<List<String>, String>comparing(k -> k.get(0), collator)
            .thenComparing(k -> k.get(1), collator)
            .thenComparing(k -> k.get(0) + "\u0000" + k.get(1)));
    Map<List<String>, String> slugs = slugs(keys);
    List<Township> result = new ArrayList<>();
    for (List<String> key : keys) {
      List<Report> reports =
          byTownship.get(key).stream()
              .sorted(
                  Comparator.comparing(Report::reportYear).reversed().thenComparing(NEWEST_FIRST))
              .toList();
      Map<Integer, List<Report>> byYear =
          reports.stream()
              .collect(
                  Collectors.groupingBy(
                      Report::reportYear,
                      () -> new TreeMap<>(Comparator.reverseOrder()),
                      Collectors.toList()));
      result.add(
          new Township(
              slugs.get(key), key.get(0), key.get(1), reports.get(0).issuer(), reports, byYear));
    }
    return List.copyOf(result);
  }

  /**
   * Township slugs: the pinyin of the name; where two townships share it, county pinyin is
   * prefixed; where that still collides, a counter in sort order.
   */
  private static Map<List<String>, String> slugs(List<List<String>> keys) {
    Map<String, Long> plainCount =
        keys.stream()
            .collect(Collectors.groupingBy(k -> baseSlug(k.get(1)), Collectors.counting()));
    Map<List<String>, String> result = new HashMap<>();
    Map<String, Integer> used = new HashMap<>();
    for (List<String> key : keys) {
      String slug = baseSlug(key.get(1));
      if (plainCount.get(slug) > 1) {
        slug = baseSlug(key.get(0)) + "-" + slug;
      }
      int n = used.merge(slug, 1, Integer::sum);
      result.put(key, n == 1 ? slug : slug + "-" + n);
    }
    return result;
  }

  private static String baseSlug(String name) {
    String slug = PinyinSlug.of(name);
    return slug.isEmpty() ? "t" : slug;
  }

  private static List<YearPage> buildYears(List<Township> townships) {
    Map<Integer, Map<String, List<YearPage.TownshipReports>>> byYear =
        new TreeMap<>(Comparator.reverseOrder());
    for (Township t : townships) {
      for (Map.Entry<Integer, List<Report>> e : t.reportsByYear().entrySet()) {
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
      result.add(new YearPage(year.getKey(), List.copyOf(counties), count));
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

  private static List<GridRow> buildGrid(
      List<Township> townships, List<Integer> years, PublicationDeadline deadline) {
    List<GridRow> rows = new ArrayList<>();
    for (Township t : townships) {
      List<GridRow.Cell> cells = new ArrayList<>();
      for (int year : years) {
        List<GridRow.Entry> entries =
            t.reportsByYear().getOrDefault(year, List.of()).stream()
                .map(r -> new GridRow.Entry(r, deadline.isLate(r)))
                .toList();
        cells.add(new GridRow.Cell(year, entries));
      }
      rows.add(new GridRow(t, List.copyOf(cells)));
    }
    return List.copyOf(rows);
  }
}
