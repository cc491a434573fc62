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

  /** The home page: newest reports, counts, and each kind with published documents. */
  public record HomePage(
      List<ReportView> newest,
      int reportCount,
      int townshipCount,
      long countyCount,
      int yearCount,
      List<KindSummary> kinds) {}

  /** A kind in lists: its name, pages and count of published documents. */
  public record KindSummary(
      String type, String name, String uri, String gridUri, String feedUri, int reportCount) {}

  /**
   * An issuer in lists: its page, county, name (a township's name, or a county-level body's full
   * name), issuer, report count and level ({@code levelLabel} as the site shows it).
   */
  public record TownshipSummary(
      String uri,
      String county,
      String name,
      String issuer,
      int reportCount,
      boolean township,
      String levelLabel) {}

  /**
   * The index of issuers: {@code townships} every issuer in order; {@code counties} the same by
   * county and level, so a county's government, departments and townships each have a heading.
   */
  public record TownshipsPage(
      List<TownshipSummary> townships, List<CountyIssuers> counties, List<Crumb> crumbs) {}

  /** A county's issuers of one level. */
  public record LevelGroup(String label, List<TownshipSummary> issuers) {}

  /** A county's issuers, level by level (government, departments, townships). */
  public record CountyIssuers(String county, List<LevelGroup> levels) {}

  /** The index page of one kind: its years, newest documents, grid and feed. */
  public record KindPage(
      KindSummary kind, List<YearSummary> years, List<ReportView> newest, List<Crumb> crumbs) {}

  /** One township: its reports grouped by year, newest year first. */
  public record TownshipPage(
      TownshipSummary township, Map<Integer, List<ReportView>> years, List<Crumb> crumbs) {}

  /** A year in the index of years. */
  public record YearSummary(int year, String uri, int reportCount) {}

  /** The index of years. */
  public record YearsPage(List<YearSummary> years, List<Crumb> crumbs) {}

  /** One year: its reports by county, then issuer; {@code heading} names the year and kind. */
  public record YearPageView(
      int year,
      String heading,
      List<CountyReports> counties,
      int reportCount,
      List<Crumb> crumbs) {}

  /** A county's townships with reports for the year shown. */
  public record CountyReports(String county, List<TownshipReports> townships) {}

  /** A township's reports for the year shown. */
  public record TownshipReports(TownshipSummary township, List<ReportView> reports) {}

  /** Issuer × year grids: every kind's on the overview, one on a kind's own grid page. */
  public record GridPage(String title, List<KindGrid> grids, List<Crumb> crumbs) {}

  /**
   * The grid of one kind. {@code annual}: an empty cell is a report not published; otherwise just a
   * year without documents. {@code rowHeader} is 乡镇（街道） when every row is a township.
   */
  public record KindGrid(
      KindSummary kind,
      boolean annual,
      String deadlines,
      String rowHeader,
      List<Integer> years,
      List<GridRowView> rows) {}

  /** A grid row; {@code cells} has one entry per year, each a possibly empty list. */
  public record GridRowView(TownshipSummary township, List<List<ReportView>> cells) {}

  /** The Atom feed and the sitemap: the newest reports and every page URL. */
  public record FeedPage(String updated, List<ReportView> entries, String title, String uri) {}

  /** The sitemap: every page with its last modification date. */
  public record SitemapPage(List<SitemapEntry> entries) {}

  /** One sitemap URL; {@code lastmod} may be empty. */
  public record SitemapEntry(String uri, String lastmod) {}

  /** The search page; results are found in the browser from the static index. */
  public record SearchPage(int reportCount, List<Crumb> crumbs) {}
}
