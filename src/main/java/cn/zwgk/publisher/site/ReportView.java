package cn.zwgk.publisher.site;

import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.listing.Township;
import cn.zwgk.publisher.metadata.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report as templates see it: every value a plain string (empty when not stated), so templates
 * need no null or Optional handling and Freemarker escapes each one. {@code dueDate} is empty for
 * kinds without a deadline; {@code township} is empty for county-level issuers.
 */
public record ReportView(
    String uri,
    String title,
    String indexNumber,
    String category,
    String issuer,
    String written,
    String date,
    String docNumber,
    String subjectWords,
    String township,
    String county,
    int year,
    boolean late,
    String dueDate,
    String townshipUri,
    Map<String, String> extra,
    List<AttachmentView> attachments,
    String kind,
    String kindName,
    String genre,
    boolean townshipIssuer) {

  static ReportView of(Report r, SiteIndex index) {
    Township township = index.townshipOf(r);
    return new ReportView(
        r.uri(),
        r.title(),
        r.indexNumber(),
        r.category(),
        r.issuer(),
        r.written().map(LocalDate::toString).orElse(""),
        r.publicationDate().toString(),
        r.docNumber(),
        String.join("，", r.subjectWords()),
        r.township(),
        r.county(),
        r.reportYear(),
        index.isLate(r),
        index.dueDate(r).map(LocalDate::toString).orElse(""),
        township == null ? "" : township.uri(),
        r.extra(),
        r.attachments().stream().map(AttachmentView::of).toList(),
        r.kind(),
        index.reportKinds().of(r.kind()).name(),
        r.genre(),
        r.isTownshipIssuer());
  }
}
