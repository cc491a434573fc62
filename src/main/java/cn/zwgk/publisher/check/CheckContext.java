package cn.zwgk.publisher.check;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.metadata.IndexNumberSchemes;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportKinds;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every rule may consult: settings, "today", the site's files and links, the reports and their
 * index, their sources, and the anchors of every page. Thread-safe; the anchors are complete once
 * the page pass is over (when {@link Rule#checkSite} runs).
 */
public final class CheckContext {
  private final CheckInput input;
  private final CheckSettings settings;
  private final LocalDate today;
  private final SiteLinks links;
  private final Map<String, Report> reportsByPage = new HashMap<>();
  private final SiteIndex index;
  private final IndexNumberSchemes schemes;
  private final SourceLines sources = new SourceLines();
  private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();

  CheckContext(CheckInput input, CheckSettings settings, LocalDate today, Set<String> files) {
    this.input = input;
    this.settings = settings;
    this.today = today;
    this.links = new SiteLinks(input.config().siteHost(), files);
    for (Report r : input.reports()) {
      if (r.isPublished()) {
        reportsByPage.put(r.uri(), r);
      }
    }
    this.index = SiteIndex.of(input.reports(), ReportKinds.of(input.config()));
    this.schemes = IndexNumberSchemes.of(input.config());
  }

  public SiteConfig config() {
    return input.config();
  }

  public CheckSettings settings() {
    return settings;
  }

  /** The date the date rules measure against, in {@link CheckSettings#zone()}. */
  public LocalDate today() {
    return today;
  }

  public SiteLinks links() {
    return links;
  }

  /** The published report whose page is {@code page}, or null when it is no report page. */
  public Report reportAt(String page) {
    return reportsByPage.get(page);
  }

  /** Every report of the source, drafts included, sorted by path. */
  public List<Report> reports() {
    return input.reports();
  }

  /** The listings of the published reports, as the site shows them. */
  public SiteIndex index() {
    return index;
  }

  /** The site's 索引号 schemes. */
  public IndexNumberSchemes schemes() {
    return schemes;
  }

  public SourceLines sources() {
    return sources;
  }

  /** The {@code id}s (and {@code a name}s) of {@code page}; empty for unknown pages. */
  public Set<String> anchors(String page) {
    return anchors.getOrDefault(page, Set.of());
  }

  void addAnchors(String page, Set<String> ids) {
    anchors.put(page, Set.copyOf(ids));
  }
}
