package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportKind;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.time.LocalDate;

/**
 * Late reports, by each kind's own deadline for the issuer's level: the 法治政府建设年度报告 for year Y by 31
 * March of Y+1 (法治政府建设与责任落实督察工作规定, Art. 24); the 政府信息公开工作年度报告 by 31 January (31 March for a
 * county-level government); kinds without a deadline are never late. The site marks late reports;
 * the check lists them.
 */
final class DeadlineRule implements Rule {
  @Override
  public String id() {
    return "deadline";
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
    for (Report r : context.index().published()) {
      ReportKind kind = context.index().reportKinds().of(r.kind());
      if (!kind.isLate(r)) {
        continue;
      }
      LocalDate due = kind.dueDate(r.reportYear(), r.issuerLevel()).orElseThrow();
      out.add(
          r.uri(),
          Source.header(r, "date"),
          Text.of("check.deadline", r.reportYear(), kind.name(), r.publicationDate(), due),
          Text.of("check.deadline.advice", due.getMonthValue(), due.getDayOfMonth()));
    }
  }
}
