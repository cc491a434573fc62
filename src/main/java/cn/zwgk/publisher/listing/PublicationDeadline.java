package cn.zwgk.publisher.listing;

import cn.zwgk.publisher.metadata.Report;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The legal deadline of a 法治政府建设年度报告: the report for year Y is due before 1 April of Y+1
 * (法治政府建设与责任落实督察工作规定, Art. 24), i.e. on or before 31 March.
 */
public record PublicationDeadline(MonthDay lastDay) {
  public static final PublicationDeadline STATUTORY = new PublicationDeadline(MonthDay.of(3, 31));

  /** The last day on which the report for {@code year} is on time. */
  public LocalDate dueDate(int year) {
    return lastDay.atYear(year + 1);
  }

  public boolean isLate(Report report) {
    return report.publicationDate().isAfter(dueDate(report.reportYear()));
  }
}
