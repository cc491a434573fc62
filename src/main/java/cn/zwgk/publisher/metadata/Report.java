package cn.zwgk.publisher.metadata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated metadata of one report. Holds no body text, so the whole site's model stays small
 * (the body is read again when its page is rendered). Optional header values are empty strings or
 * empty {@link Optional}s, never null.
 *
 * @param path display path relative to the source folder, e.g. {@code content/reports/2024/pq.md}
 * @param file the source file
 * @param uri site-relative URL of the page, e.g. {@code reports/2024/pq.html}; derived from the
 *     file name, so it does not change when the title does
 * @param lines header key → 1-based line, so later stages can point at the source
 * @param extra header keys this schema does not know, passed to templates unchanged
 * @param attachments files named in the {@code attachments} header, in header order (see {@link
 *     AttachmentRules})
 * @param images local images of the body, each once (see {@link BodyRules})
 * @param kind the {@code type=} value: the {@link ReportKind} of the report
 * @param genre its 体裁 ({@code genre=}, e.g. 通知), empty when not stated
 * @param issuerLevel township, county government or county department: from registry/issuers.csv,
 *     else from whether a township is stated (see {@link IssuerLevel#inferred})
 * @param parent the body the issuer belongs to, from the registry; empty when it states none
 */
public record Report(
    String path,
    Path file,
    String uri,
    String title,
    ReportStatus status,
    Optional<LocalDate> date,
    Optional<LocalDate> written,
    String indexNumber,
    String category,
    String issuer,
    String township,
    String county,
    Optional<Integer> year,
    String docNumber,
    List<String> subjectWords,
    Map<String, String> extra,
    Map<String, Integer> lines,
    int bodyLine,
    List<LinkedFile> attachments,
    List<LinkedFile> images,
    String kind,
    String genre,
    IssuerLevel issuerLevel,
    String parent) {

  public Report {
    attachments = List.copyOf(attachments);
    images = List.copyOf(images);
  }

  /** Whether the issuer is a township (乡镇/街道) rather than a county-level body. */
  public boolean isTownshipIssuer() {
    return issuerLevel == IssuerLevel.TOWNSHIP;
  }

  public boolean isPublished() {
    return status == ReportStatus.PUBLISHED;
  }

  /** The 1-based header line of {@code key}, or 0 when the key is not in the header. */
  public int lineOf(String key) {
    return lines.getOrDefault(key, 0);
  }

  /**
   * The date a published report has by validation. Throws for drafts without one: callers that
   * handle drafts use {@link #date()}.
   */
  public LocalDate publicationDate() {
    return date.orElseThrow(() -> new IllegalStateException(path + " has no date"));
  }

  public int reportYear() {
    return year.orElseThrow(() -> new IllegalStateException(path + " has no year"));
  }
}
