package cn.zwgk.publisher.check;

import cn.zwgk.publisher.listing.PublicationDeadline;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;

/**
 * Late reports: the 法治政府建设年度报告 for year Y is due by 31 March of Y+1 (法治政府建设与责任落实督察工作规定, Art. 24).
 * The site marks late reports; the check lists them.
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
  public void checkSite(CheckContext context, Findings out) {
    PublicationDeadline deadline = context.index().deadline();
    for (Report r : context.index().published()) {
      if (deadline.isLate(r)) {
        out.add(
            r.uri(),
            Source.header(r, "date"),
            Text.of(
                "check.deadline",
                r.reportYear(),
                r.publicationDate(),
                deadline.dueDate(r.reportYear())),
            Text.of("check.deadline.advice"));
      }
    }
  }
}
