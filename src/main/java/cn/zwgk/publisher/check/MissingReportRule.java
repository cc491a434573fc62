package cn.zwgk.publisher.check;

import cn.zwgk.publisher.listing.PublicationDeadline;
import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.listing.Township;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Missing reports: a township of the site with no published report for a year whose deadline has
 * passed, for every year from the oldest the site covers. A draft for that year is named.
 */
final class MissingReportRule implements Rule {
  @Override
  public String id() {
    return "missing_report";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void checkSite(CheckContext context, Findings out) {
    SiteIndex index = context.index();
    if (index.gridYears().isEmpty()) {
      return;
    }
    PublicationDeadline deadline = index.deadline();
    int first = index.gridYears().get(0);
    LocalDate today = context.today();
    for (Township t : index.townships()) {
      for (int year = first; deadline.dueDate(year).isBefore(today); year++) {
        if (t.reportsByYear().containsKey(year)) {
          continue;
        }
        Optional<Report> draft = draft(context, t, year);
        Text message =
            Text.of("check.missing_report", t.county(), t.name(), year, deadline.dueDate(year));
        if (draft.isPresent()) {
          out.add(
              t.uri(),
              Source.header(draft.get(), "status"),
              Text.of("check.missing_report.draft", message),
              Text.of("check.missing_report.draft.advice"));
        } else {
          out.add(t.uri(), message, Text.of("check.missing_report.advice", year));
        }
      }
    }
  }

  private static Optional<Report> draft(CheckContext context, Township t, int year) {
    return context.reports().stream()
        .filter(r -> !r.isPublished())
        .filter(r -> r.county().equals(t.county()) && r.township().equals(t.name()))
        .filter(r -> r.year().isPresent() && r.year().get() == year)
        .findFirst();
  }
}
