package cn.zwgk.publisher.site;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.listing.GridRow;
import cn.zwgk.publisher.listing.KindIndex;
import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.listing.Township;
import cn.zwgk.publisher.listing.YearPage;
import cn.zwgk.publisher.metadata.IssuerLevel;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportKind;
import cn.zwgk.publisher.site.Pages.Crumb;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the template model of every page from the {@link SiteIndex}. Report views are made once
 * per report and shared by every page that lists it. Thread-safe after construction.
 */
public final class PageModels {
  /** How many reports the home page and the feed list. */
  static final int NEWEST = 20;

  private final SiteIndex index;
  private final Map<String, ReportView> views = new HashMap<>();

  /**
   * By township slug: a {@link Township} record's own hash walks all its reports, which made each
   * lookup cost a township's worth of hashing (half of a preview rebuild at 10,000 reports).
   */
  private final Map<String, Pages.TownshipSummary> summaries = new HashMap<>();

  private final Map<String, Pages.KindSummary> kindSummaries = new HashMap<>();

  /** Digests of page models, made once each (see {@link #fingerprint}). */
  private final Map<String, String> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();

  private final Crumb home;
  private final Crumb issuersCrumb;

  public PageModels(SiteIndex index, SiteConfig config) {
    this.index = index;
    for (Report r : index.published()) {
      views.put(r.path(), ReportView.of(r, index));
    }
    for (Township t : index.townships()) {
      summaries.put(
          t.uri(),
          new Pages.TownshipSummary(
              t.uri(),
              t.county(),
              t.name(),
              t.issuer(),
              t.reports().size(),
              t.isTownship(),
              t.level().label()));
    }
    for (KindIndex k : index.kinds()) {
      ReportKind kind = k.kind();
      kindSummaries.put(
          kind.type(),
          new Pages.KindSummary(
              kind.type(),
              kind.name(),
              kind.indexUri(),
              kind.gridUri(),
              kind.feedUri(),
              k.published().size()));
    }
    this.home = new Crumb("首页", "index.html");
    this.issuersCrumb = new Crumb("按乡镇", "townships/index.html");
  }

  public SiteIndex index() {
    return index;
  }

  public ReportView view(Report r) {
    return views.get(r.path());
  }

  public Pages.ReportPage reportPage(Report r, freemarker.template.TemplateModel body) {
    var neighbours = index.neighbours(r);
    Township t = index.townshipOf(r);
    List<Crumb> crumbs =
        List.of(home, issuersCrumb, new Crumb(t.name(), t.uri()), new Crumb(r.title(), r.uri()));
    return new Pages.ReportPage(
        view(r),
        body,
        neighbours.previous().map(this::view).orElse(null),
        neighbours.next().map(this::view).orElse(null),
        crumbs);
  }

  /**
   * Everything a report page shows except its body (covered by the source file's hash): the SHA-256
   * of its canonical form, the input of its key for incremental builds. Kept as a digest: at
   * 100,000 reports the canonical texts themselves would fill a 2 GB heap.
   */
  public String reportFingerprint(Report r) {
    // Asked for by the report page, the search index key and each search document's key.
    return fingerprints.computeIfAbsent(
        "report:" + r.path(), p -> PageKeys.sha256(CanonicalModel.of(reportPage(r, null))));
  }

  /**
   * The SHA-256 of the canonical form of the model of page {@code uri}, made by {@code model} the
   * first time it is asked for. These models are made from this object's index and settings alone,
   * so the digest stays right for as long as this object is used (see {@link PageModelsMemo}).
   */
  public String fingerprint(String uri, java.util.function.Supplier<Object> model) {
    return fingerprints.computeIfAbsent(
        "page:" + uri, u -> PageKeys.sha256(CanonicalModel.of(model.get())));
  }

  public Pages.HomePage homePage() {
    return new Pages.HomePage(
        newest(index.published(), NEWEST),
        index.published().size(),
        (int) index.townshipCount(),
        index.countyCount(),
        index.years().size(),
        kindsWithDocuments());
  }

  private List<Pages.KindSummary> kindsWithDocuments() {
    return index.kinds().stream()
        .filter(k -> !k.published().isEmpty())
        .map(k -> kindSummaries.get(k.kind().type()))
        .toList();
  }

  public Pages.TownshipsPage townshipsPage() {
    Map<String, Map<IssuerLevel, List<Pages.TownshipSummary>>> byCounty = new LinkedHashMap<>();
    for (Township t : index.townships()) {
      byCounty
          .computeIfAbsent(t.county(), c -> new TreeMap<>())
          .computeIfAbsent(t.level(), l -> new ArrayList<>())
          .add(summary(t));
    }
    List<Pages.CountyIssuers> counties = new ArrayList<>();
    byCounty.forEach(
        (county, levels) -> {
          List<Pages.LevelGroup> groups = new ArrayList<>();
          // Government first, then its departments, then townships: the order of a county column.
          for (IssuerLevel level :
              List.of(IssuerLevel.COUNTY, IssuerLevel.DEPARTMENT, IssuerLevel.TOWNSHIP)) {
            if (levels.containsKey(level)) {
              groups.add(new Pages.LevelGroup(level.label(), List.copyOf(levels.get(level))));
            }
          }
          counties.add(new Pages.CountyIssuers(county, List.copyOf(groups)));
        });
    return new Pages.TownshipsPage(
        index.townships().stream().map(this::summary).toList(),
        List.copyOf(counties),
        List.of(home, issuersCrumb));
  }

  public Pages.TownshipPage townshipPage(Township t) {
    Map<Integer, List<ReportView>> years = new LinkedHashMap<>();
    t.reportsByYear().forEach((year, reports) -> years.put(year, views(reports)));
    return new Pages.TownshipPage(
        summary(t), years, List.of(home, issuersCrumb, new Crumb(t.name(), t.uri())));
  }

  public Pages.YearsPage yearsPage() {
    return new Pages.YearsPage(
        index.years().stream()
            .map(y -> new Pages.YearSummary(y.year(), y.uri(), y.reportCount()))
            .toList(),
        List.of(home, new Crumb("按年度", "years/index.html")));
  }

  public Pages.YearPageView yearPage(YearPage y) {
    return yearView(
        y,
        y.year() + "年度",
        List.of(home, new Crumb("按年度", "years/index.html"), new Crumb(y.year() + "年度", y.uri())));
  }

  private Pages.YearPageView yearView(YearPage y, String heading, List<Crumb> crumbs) {
    List<Pages.CountyReports> counties = new ArrayList<>();
    for (YearPage.CountyGroup c : y.counties()) {
      counties.add(
          new Pages.CountyReports(
              c.county(),
              c.townships().stream()
                  .map(tr -> new Pages.TownshipReports(summary(tr.township()), views(tr.reports())))
                  .toList()));
    }
    return new Pages.YearPageView(y.year(), heading, counties, y.reportCount(), crumbs);
  }

  /** The index page of kind {@code k}. */
  public Pages.KindPage kindPage(KindIndex k) {
    return new Pages.KindPage(
        kindSummaries.get(k.kind().type()),
        k.years().stream()
            .map(y -> new Pages.YearSummary(y.year(), y.uri(), y.reportCount()))
            .toList(),
        newest(k.published(), NEWEST),
        kindCrumbs(k));
  }

  /** The page of kind {@code k}'s documents covering the year of {@code y}. */
  public Pages.YearPageView kindYearPage(KindIndex k, YearPage y) {
    List<Crumb> crumbs = new ArrayList<>(kindCrumbs(k));
    crumbs.add(new Crumb(y.year() + "年度", y.uri()));
    return yearView(y, y.year() + "年度" + k.kind().name(), List.copyOf(crumbs));
  }

  private List<Crumb> kindCrumbs(KindIndex k) {
    return List.of(home, new Crumb(k.kind().name(), k.kind().indexUri()));
  }

  /** The overview of every kind's grid. */
  public Pages.GridPage gridPage() {
    List<Pages.KindGrid> grids =
        index.kinds().stream().filter(k -> !k.published().isEmpty()).map(this::grid).toList();
    return new Pages.GridPage("公开情况总览", grids, List.of(home, new Crumb("公开情况总览", "grid.html")));
  }

  /** The grid page of kind {@code k}. */
  public Pages.GridPage kindGridPage(KindIndex k) {
    List<Crumb> crumbs = new ArrayList<>(kindCrumbs(k));
    crumbs.add(new Crumb("公开情况总览", k.kind().gridUri()));
    return new Pages.GridPage(k.kind().name() + "公开情况总览", List.of(grid(k)), List.copyOf(crumbs));
  }

  private Pages.KindGrid grid(KindIndex k) {
    List<Pages.GridRowView> rows = new ArrayList<>();
    boolean allTownships = true;
    for (GridRow row : k.grid()) {
      List<List<ReportView>> cells = new ArrayList<>();
      for (GridRow.Cell cell : row.cells()) {
        cells.add(cell.entries().stream().map(e -> view(e.report())).toList());
      }
      rows.add(new Pages.GridRowView(summary(row.township()), cells));
      allTownships &= row.township().isTownship();
    }
    return new Pages.KindGrid(
        kindSummaries.get(k.kind().type()),
        k.kind().annual(),
        deadlines(k.kind()),
        allTownships ? "乡镇（街道）" : "发布机构",
        k.gridYears(),
        List.copyOf(rows));
  }

  /** The kind's deadlines in words, e.g. 乡镇（街道）次年1月31日前; empty when it has none. */
  static String deadlines(ReportKind kind) {
    Map<MonthDay, List<String>> byDay = new TreeMap<>();
    for (IssuerLevel level : IssuerLevel.values()) {
      MonthDay d = kind.deadlines().get(level);
      if (d != null) {
        byDay.computeIfAbsent(d, x -> new ArrayList<>()).add(level.label());
      }
    }
    List<String> parts = new ArrayList<>();
    byDay.forEach(
        (day, levels) ->
            parts.add(
                (byDay.size() == 1 ? "" : String.join("、", levels))
                    + "次年"
                    + day.getMonthValue()
                    + "月"
                    + day.getDayOfMonth()
                    + "日前"));
    return String.join("；", parts);
  }

  public Pages.FeedPage feedPage() {
    return feed(index.published(), "", "feed.xml");
  }

  /** The feed of kind {@code k}'s documents. */
  public Pages.FeedPage kindFeedPage(KindIndex k) {
    return feed(k.published(), k.kind().name(), k.kind().feedUri());
  }

  private Pages.FeedPage feed(List<Report> newestFirst, String title, String uri) {
    List<ReportView> entries = newest(newestFirst, NEWEST);
    String updated = entries.isEmpty() ? "1970-01-01" : entries.get(0).date();
    return new Pages.FeedPage(updated, entries, title, uri);
  }

  public Pages.SitemapPage sitemapPage() {
    List<Pages.SitemapEntry> entries = new ArrayList<>();
    String newest =
        index.published().isEmpty() ? "" : index.published().get(0).publicationDate().toString();
    entries.add(new Pages.SitemapEntry("", newest));
    entries.add(new Pages.SitemapEntry("townships/index.html", newest));
    entries.add(new Pages.SitemapEntry("years/index.html", newest));
    entries.add(new Pages.SitemapEntry("grid.html", newest));
    for (Township t : index.townships()) {
      entries.add(new Pages.SitemapEntry(t.uri(), newestDate(t.reports())));
    }
    for (YearPage y : index.years()) {
      entries.add(new Pages.SitemapEntry(y.uri(), newestDate(yearReports(y))));
    }
    for (KindIndex k : index.kinds()) {
      if (k.published().isEmpty()) {
        continue;
      }
      String kindNewest = k.published().get(0).publicationDate().toString();
      entries.add(new Pages.SitemapEntry(k.kind().indexUri(), kindNewest));
      entries.add(new Pages.SitemapEntry(k.kind().gridUri(), kindNewest));
      for (YearPage y : k.years()) {
        entries.add(new Pages.SitemapEntry(y.uri(), newestDate(yearReports(y))));
      }
    }
    for (Report r : index.published()) {
      entries.add(new Pages.SitemapEntry(r.uri(), r.publicationDate().toString()));
    }
    return new Pages.SitemapPage(entries);
  }

  private static List<Report> yearReports(YearPage y) {
    return y.counties().stream()
        .flatMap(c -> c.townships().stream())
        .flatMap(tr -> tr.reports().stream())
        .toList();
  }

  private static String newestDate(List<Report> reports) {
    return reports.stream()
        .map(r -> r.publicationDate().toString())
        .max(String::compareTo)
        .orElse("");
  }

  private Pages.TownshipSummary summary(Township t) {
    return summaries.get(t.uri());
  }

  private List<ReportView> newest(List<Report> newestFirst, int n) {
    return newestFirst.stream().limit(n).map(this::view).toList();
  }

  private List<ReportView> views(List<Report> reports) {
    return reports.stream().map(this::view).toList();
  }
}
