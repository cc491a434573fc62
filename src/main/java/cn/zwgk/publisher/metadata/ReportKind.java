package cn.zwgk.publisher.metadata;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of disclosed document, as data (see {@link ReportKinds}): its {@code type=} value, what
 * the site calls it, the folder of its pages, whether it is an annual report, its deadline by
 * issuer level, its mandated sections and the 体裁 its {@code genre=} may name.
 *
 * @param deadlines last on-time day in the year after the year covered, by issuer level; a level
 *     not listed has no deadline
 * @param startYear the first year missing_report expects a report of this kind, when configured
 * @param genres allowed {@code genre=} values; empty means any
 */
public record ReportKind(
    String type,
    String name,
    String slug,
    boolean annual,
    Map<IssuerLevel, MonthDay> deadlines,
    List<Section> sections,
    Optional<Integer> startYear,
    List<String> genres) {

  /** A mandated section: its name, words that mark its heading, phrases that mark its text. */
  public record Section(String name, List<String> headingWords, List<String> textPhrases) {}

  public ReportKind {
    deadlines = Map.copyOf(deadlines);
    sections = List.copyOf(sections);
    genres = List.copyOf(genres);
  }

  /** The last on-time day of the report for {@code year} by an issuer of {@code level}. */
  public Optional<LocalDate> dueDate(int year, IssuerLevel level) {
    return Optional.ofNullable(deadlines.get(level)).map(d -> d.atYear(year + 1));
  }

  /** Whether the published {@code report} came after its due date. */
  public boolean isLate(Report report) {
    return dueDate(report.reportYear(), report.issuerLevel())
        .map(due -> report.publicationDate().isAfter(due))
        .orElse(false);
  }

  /** Site path of the kind's index page. */
  public String indexUri() {
    return "kinds/" + slug + "/index.html";
  }

  /** Site path of the kind's issuer × year grid. */
  public String gridUri() {
    return "kinds/" + slug + "/grid.html";
  }

  /** Site path of the kind's own feed. */
  public String feedUri() {
    return "kinds/" + slug + "/feed.xml";
  }
}
