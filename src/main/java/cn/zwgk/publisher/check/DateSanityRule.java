package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jsoup.nodes.Element;

/**
 * Impossible dates on report pages, as published: a publication date (meta {@code PubDate}) after
 * today (a fake date, to inspection), a 成文日期 after the publication date, a 索引号 whose year is not
 * the publication year, and a 索引号 on more than one page. The build's validation already rejects the
 * last three in the source; here they catch pages changed after the build.
 */
final class DateSanityRule implements Rule {
  private record Numbered(String page, Report report) {}

  private final Map<String, Queue<Numbered>> byIndexNumber = new ConcurrentHashMap<>();

  @Override
  public String id() {
    return "date_sanity";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.isHtml() || page.report().isEmpty()) {
      return;
    }
    Report report = page.report().get();
    Optional<LocalDate> published = date(metaContent(page, "PubDate"));
    String indexNumber = cell(page, "索引号");
    if (published.isPresent()) {
      Stated stated = new Stated(page, report, published.get(), indexNumber);
      checkDates(stated, context, out);
      if (!indexNumber.isEmpty()) {
        checkIndexYear(stated, context, out);
      }
    }
    if (!indexNumber.isEmpty()) {
      number(indexNumber, page.path(), report);
      out.remember(indexNumber);
    }
  }

  @Override
  public void recall(
      String page, Optional<Report> report, List<String> remembered, CheckContext context) {
    if (report.isPresent()) {
      remembered.forEach(indexNumber -> number(indexNumber, page, report.get()));
    }
  }

  private void number(String indexNumber, String page, Report report) {
    byIndexNumber
        .computeIfAbsent(indexNumber, k -> new ConcurrentLinkedQueue<>())
        .add(new Numbered(page, report));
  }

  /** What a report page states: its publication date and 索引号. */
  private record Stated(Page page, Report report, LocalDate published, String indexNumber) {}

  private static void checkDates(Stated s, CheckContext context, Findings out) {
    Page page = s.page();
    Report report = s.report();
    LocalDate published = s.published();
    if (published.isAfter(context.today())) {
      out.add(
          page.path(),
          Source.header(report, "date"),
          Text.of("check.dates.future", published, context.today()),
          Text.of("check.dates.future.advice"));
    }
    Optional<LocalDate> written = date(cell(page, "成文日期"));
    if (written.isPresent() && written.get().isAfter(published)) {
      out.add(
          page.path(),
          Source.header(report, "written"),
          Text.of("check.dates.written_after", written.get(), published),
          Text.of("check.dates.written_after.advice"));
    }
  }

  private static void checkIndexYear(Stated s, CheckContext context, Findings out) {
    Optional<Integer> year = indexYear(s.indexNumber(), context);
    if (year.isPresent() && year.get() != s.published().getYear()) {
      out.add(
          s.page().path(),
          Source.header(s.report(), "index_number"),
          Text.of("check.dates.index_year", s.indexNumber(), year.get(), s.published().getYear()),
          Text.of("check.dates.index_year.advice"));
    }
  }

  @Override
  public void checkSite(CheckContext context, Findings out) {
    for (Map.Entry<String, Queue<Numbered>> e : byIndexNumber.entrySet()) {
      List<Numbered> pages = new ArrayList<>(e.getValue());
      if (pages.size() < 2) {
        continue;
      }
      pages.sort((a, b) -> a.page().compareTo(b.page()));
      for (Numbered later : pages.subList(1, pages.size())) {
        out.add(
            later.page(),
            Source.header(later.report(), "index_number"),
            Text.of("check.dates.index_reused", e.getKey(), pages.get(0).page()),
            Text.of("check.dates.index_reused.advice"));
      }
    }
  }

  /** The publication year the 索引号 states, in whichever of the site's schemes reads it. */
  private static Optional<Integer> indexYear(String indexNumber, CheckContext context) {
    return context.schemes().year(indexNumber);
  }

  private static String metaContent(Page page, String name) {
    Element meta = page.document().selectFirst("meta[name=" + name + "]");
    return meta == null ? "" : meta.attr("content").strip();
  }

  /** The value cell after the header cell {@code label} of the document metadata table. */
  private static String cell(Page page, String label) {
    for (Element th : page.document().select("th")) {
      if (th.text().strip().equals(label)) {
        Element td = th.nextElementSibling();
        return td == null ? "" : td.text().strip();
      }
    }
    return "";
  }

  private static Optional<LocalDate> date(String value) {
    try {
      return value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
