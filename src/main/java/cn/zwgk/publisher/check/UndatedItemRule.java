package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Undated items: a report page must state its publication date (the {@code PubDate} meta tag
 * inspection crawlers read, shown in the page), and every list item that links to a report must
 * show a date. Inspection counts an undated item as not updated.
 */
final class UndatedItemRule implements Rule {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Override
  public String id() {
    return "undated";
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
    if (!page.isHtml()) {
      return;
    }
    page.report().ifPresent(r -> checkReportPage(page, r, out));
    Element main = page.document().selectFirst("main");
    if (main == null) {
      return;
    }
    for (Element a : main.select("a[href]")) {
      SiteLinks.Link link = page.href(a, context);
      Report linked = link.kind() == SiteLinks.Kind.INTERNAL ? context.reportAt(link.path()) : null;
      if (linked == null || linked.uri().equals(page.path()) || a.closest("nav") != null) {
        continue;
      }
      Element item = a.closest("li, tr, td, dd");
      if (item == null || !item.select("time[datetime]").isEmpty()) {
        continue;
      }
      if (!DATE.matcher(item.text()).find()) {
        out.add(
            page.path(),
            Source.header(linked, "date"),
            Text.of("check.undated.item", a.text().strip()),
            Text.of("check.undated.item.advice"));
      }
    }
  }

  private static void checkReportPage(Page page, Report report, Findings out) {
    Element meta = page.document().selectFirst("meta[name=PubDate]");
    String value = meta == null ? "" : meta.attr("content").strip();
    if (!isDate(value) || !page.mainText().contains(value)) {
      out.add(
          page.path(),
          Source.header(report, "date"),
          value.isEmpty()
              ? Text.of("check.undated.report")
              : Text.of("check.undated.report.not_shown", value),
          Text.of("check.undated.report.advice"));
    }
  }

  private static boolean isDate(String value) {
    if (!DATE.matcher(value).matches()) {
      return false;
    }
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
