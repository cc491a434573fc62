package cn.zwgk.publisher.site;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.listing.GridRow;
import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.listing.Township;
import cn.zwgk.publisher.listing.YearPage;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.site.Pages.Crumb;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  private final Crumb home;

  public PageModels(SiteIndex index, SiteConfig config) {
    this.index = index;
    for (Report r : index.published()) {
      views.put(r.path(), ReportView.of(r, index));
    }
    for (Township t : index.townships()) {
      summaries.put(
          t.slug(),
          new Pages.TownshipSummary(t.uri(), t.county(), t.name(), t.issuer(), t.reports().size()));
    }
    this.home = new Crumb("首页", "index.html");
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
        List.of(
            home,
            new Crumb("按乡镇", "townships/index.html"),
            new Crumb(t.name(), t.uri()),
            new Crumb(r.title(), r.uri()));
    return new Pages.ReportPage(
        view(r),
        body,
        neighbours.previous().map(this::view).orElse(null),
        neighbours.next().map(this::view).orElse(null),
        crumbs);
  }

  /**
   * Everything a report page shows except its body (covered by the source file's hash), in its
   * canonical form: the input of its key for incremental builds.
   */
  public String reportFingerprint(Report r) {
    return CanonicalModel.of(reportPage(r, null));
  }

  public Pages.HomePage homePage() {
    return new Pages.HomePage(
        newest(NEWEST),
        index.published().size(),
        index.townships().size(),
        index.countyCount(),
        index.years().size());
  }

  public Pages.TownshipsPage townshipsPage() {
    return new Pages.TownshipsPage(
        index.townships().stream().map(this::summary).toList(),
        List.of(home, new Crumb("按乡镇", "townships/index.html")));
  }

  public Pages.TownshipPage townshipPage(Township t) {
    Map<Integer, List<ReportView>> years = new LinkedHashMap<>();
    t.reportsByYear().forEach((year, reports) -> years.put(year, views(reports)));
    return new Pages.TownshipPage(
        summary(t),
        years,
        List.of(home, new Crumb("按乡镇", "townships/index.html"), new Crumb(t.name(), t.uri())));
  }

  public Pages.YearsPage yearsPage() {
    return new Pages.YearsPage(
        index.years().stream()
            .map(y -> new Pages.YearSummary(y.year(), y.uri(), y.reportCount()))
            .toList(),
        List.of(home, new Crumb("按年度", "years/index.html")));
  }

  public Pages.YearPageView yearPage(YearPage y) {
    List<Pages.CountyReports> counties = new ArrayList<>();
    for (YearPage.CountyGroup c : y.counties()) {
      counties.add(
          new Pages.CountyReports(
              c.county(),
              c.townships().stream()
                  .map(tr -> new Pages.TownshipReports(summary(tr.township()), views(tr.reports())))
                  .toList()));
    }
    return new Pages.YearPageView(
        y.year(),
        counties,
        y.reportCount(),
        List.of(home, new Crumb("按年度", "years/index.html"), new Crumb(y.year() + "年度", y.uri())));
  }

  public Pages.GridPage gridPage() {
    List<Pages.GridRowView> rows = new ArrayList<>();
    for (GridRow row : index.grid()) {
      List<List<ReportView>> cells = new ArrayList<>();
      for (GridRow.Cell cell : row.cells()) {
        cells.add(cell.entries().stream().map(e -> view(e.report())).toList());
      }
      rows.add(new Pages.GridRowView(summary(row.township()), cells));
    }
    return new Pages.GridPage(
        index.gridYears(), rows, List.of(home, new Crumb("公开情况总览", "grid.html")));
  }

  public Pages.FeedPage feedPage() {
    List<ReportView> entries = newest(NEWEST);
    String updated = entries.isEmpty() ? "1970-01-01" : entries.get(0).date();
    return new Pages.FeedPage(updated, entries);
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
      entries.add(
          new Pages.SitemapEntry(
              t.uri(),
              t.reports().stream()
                  .map(r -> r.publicationDate().toString())
                  .max(String::compareTo)
                  .orElse("")));
    }
    for (YearPage y : index.years()) {
      entries.add(
          new Pages.SitemapEntry(
              y.uri(),
              y.counties().stream()
                  .flatMap(c -> c.townships().stream())
                  .flatMap(tr -> tr.reports().stream())
                  .map(r -> r.publicationDate().toString())
                  .max(String::compareTo)
                  .orElse("")));
    }
    for (Report r : index.published()) {
      entries.add(new Pages.SitemapEntry(r.uri(), r.publicationDate().toString()));
    }
    return new Pages.SitemapPage(entries);
  }

  private Pages.TownshipSummary summary(Township t) {
    return summaries.get(t.slug());
  }

  private List<ReportView> newest(int n) {
    return index.published().stream().limit(n).map(this::view).toList();
  }

  private List<ReportView> views(List<Report> reports) {
    return reports.stream().map(this::view).toList();
  }
}
