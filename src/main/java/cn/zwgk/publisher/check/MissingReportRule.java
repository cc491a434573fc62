package cn.zwgk.publisher.check;

import cn.zwgk.publisher.listing.KindIndex;
import cn.zwgk.publisher.listing.Township;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportKind;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Missing reports, kind by kind: an issuer with a published report of an annual kind lacks one for
 * a year whose deadline has passed. Reports are expected from the issuer's first year of that kind
 * (or from the kind's configured {@code kind.TYPE.start_year}), never from the oldest year on the
 * site, so one old report does not flood the check. A draft for that year is named.
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
  public Reads reads() {
    return Reads.MODEL;
  }

  @Override
  public void checkSite(CheckContext context, Findings out) {
    Map<String, Report> drafts = drafts(context.reports());
    LocalDate today = context.today();
    for (KindIndex k : context.index().kinds()) {
      ReportKind kind = k.kind();
      if (!kind.annual()) {
        continue;
      }
      for (GridIssuer g : issuers(k, context)) {
        int first = kind.startYear().orElse(Collections.min(g.years().keySet()));
        for (int year = first; ; year++) {
          Optional<LocalDate> due = kind.dueDate(year, g.issuer().level());
          if (due.isEmpty() || !due.get().isBefore(today)) {
            break;
          }
          if (g.years().containsKey(year)) {
            continue;
          }
          report(out, kind, g.issuer(), year, due.get(), drafts.get(key(kind.type(), g, year)));
        }
      }
    }
  }

  /** An issuer of a kind's grid and its years of that kind. */
  private record GridIssuer(Township issuer, Map<Integer, List<Report>> years) {}

  private static List<GridIssuer> issuers(KindIndex k, CheckContext context) {
    return k.grid().stream()
        .map(row -> new GridIssuer(row.township(), k.byIssuer().get(row.township().slug())))
        .toList();
  }

  private static void report(
      Findings out, ReportKind kind, Township t, int year, LocalDate due, Report draft) {
    Text message = Text.of("check.missing_report", t.county(), t.name(), kind.name(), year, due);
    if (draft != null) {
      out.add(
          t.uri(),
          Source.header(draft, "status"),
          Text.of("check.missing_report.draft", message),
          Text.of("check.missing_report.draft.advice"));
    } else {
      out.add(t.uri(), message, Text.of("check.missing_report.advice", year, kind.type()));
    }
  }

  /** Every draft by kind, issuer and year: one pass, so the rule stays linear in the reports. */
  private static Map<String, Report> drafts(List<Report> reports) {
    Map<String, Report> drafts = new HashMap<>();
    for (Report r : reports) {
      if (!r.isPublished() && r.year().isPresent()) {
        String name = r.isTownshipIssuer() ? r.township() : r.issuer();
        drafts.putIfAbsent(
            r.kind() + "\u0000" + r.county() + "\u0000" + name + "\u0000" + r.year().get(), r);
      }
    }
    return drafts;
  }

  private static String key(String type, GridIssuer g, int year) {
    return type + "\u0000" + g.issuer().county() + "\u0000" + g.issuer().name() + "\u0000" + year;
  }
}
