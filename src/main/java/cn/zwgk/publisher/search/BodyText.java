package cn.zwgk.publisher.search;

import cn.zwgk.publisher.metadata.Report;

/**
 * The plain text of a report's body, read when the index needs it so that only one body per worker
 * is in memory at a time. Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface BodyText {
  /** The body of {@code report} as plain text (no markup), paragraphs separated by spaces. */
  String of(Report report);
}
