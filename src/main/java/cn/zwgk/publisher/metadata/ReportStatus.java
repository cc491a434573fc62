package cn.zwgk.publisher.metadata;

/** {@code status} of a report: drafts are validated but never published. */
public enum ReportStatus {
  PUBLISHED,
  DRAFT
}
