package cn.zwgk.publisher.site;

import freemarker.template.TemplateModel;
import java.util.List;
import java.util.Map;

/** The models of each kind of page, as templates see them (under the name {@code page}). */
public final class Pages {
  private Pages() {}

  /** A link in the breadcrumb trail; the last one is the current page. */
  public record Crumb(String label, String uri) {}

  /**
   * A report page. {@code body} is sanitized HTML, handed to the template as markup so it is not
   * escaped twice; {@code previous}/{@code next} are null when the township has no such report.
   */
  public record ReportPage(
      ReportView report,
      TemplateModel body,
      ReportView previous,
      ReportView next,
      List<Crumb> crumbs) {}

  /** The home page: newest reports and counts. */
  public record HomePage(
      List<ReportView> newest,
      int reportCount,
      int townshipCount,
      long countyCount,
      int yearCount) {}

  /** A township in lists: its page, county, name, issuer and report count. */
  public record TownshipSummary(
      String uri, String county, String name, String issuer, int reportCount) {}

  /** The index of townships. */
  public record TownshipsPage(List<TownshipSummary> townships, List<Crumb> crumbs) {}

  /** One township: its reports grouped by year, newest year first. */
  public record TownshipPage(
      TownshipSummary township, Map<Integer, List<ReportView>> years, List<Crumb> crumbs) {}

  /** A year in the index of years. */
  public record YearSummary(int year, String uri, int reportCount) {}

  /** The index of years. */
  public record YearsPage(List<YearSummary> years, List<Crumb> crumbs) {}

  /** One year: its reports by county, then township. */
  public record YearPageView(
      int year, List<CountyReports> counties, int reportCount, List<Crumb> crumbs) {}

  /** A county's townships with reports for the year shown. */
  public record CountyReports(String county, List<TownshipReports> townships) {}

  /** A township's reports for the year shown. */
  public record TownshipReports(TownshipSummary township, List<ReportView> reports) {}

  /** The township × year grid. */
  public record GridPage(List<Integer> years, List<GridRowView> rows, List<Crumb> crumbs) {}

  /** A grid row; {@code cells} has one entry per year, each a possibly empty list. */
  public record GridRowView(TownshipSummary township, List<List<ReportView>> cells) {}

  /** The Atom feed and the sitemap: the newest reports and every page URL. */
  public record FeedPage(String updated, List<ReportView> entries) {}

  /** The sitemap: every page with its last modification date. */
  public record SitemapPage(List<SitemapEntry> entries) {}

  /** One sitemap URL; {@code lastmod} may be empty. */
  public record SitemapEntry(String uri, String lastmod) {}

  /** The search page; results are found in the browser from the static index. */
  public record SearchPage(int reportCount, List<Crumb> crumbs) {}
}
