package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;

/**
 * Locates text a rule found in a page's words: on a report page, the source line that has it; when
 * the source does not have it, says that the page differs from its source.
 */
final class TextFinding {
  private TextFinding() {}

  /** Where {@code needle} comes from: a line of the page's report source, or nowhere known. */
  static Source source(Page page, String needle, CheckContext context) {
    if (page.report().isEmpty()) {
      return Source.NONE;
    }
    Report report = page.report().get();
    int line = context.sources().lineOf(report, needle);
    return line > 0 ? Source.of(report, line) : Source.NONE;
  }

  /**
   * The advice for text found on a page: {@code fix} when it comes from the source; when it does
   * not, the page was changed after the build (report pages) or the text comes from a header value,
   * a template, or a change to the output (other pages).
   */
  static String advice(Page page, Source source, String fix) {
    if (!source.path().isEmpty()) {
      return fix + " in " + source.path() + ", then rebuild";
    }
    if (page.report().isPresent()) {
      return "the source "
          + page.report().get().path()
          + " does not have it, so the published page was changed after the build (tampering):"
          + " rebuild and redeploy, verify the deployed copy with `publisher check --verify`, and"
          + " find how it was changed";
    }
    return "find where it comes from — a report header value (title, township, county), a"
        + " template, or a change to the published page after the build — and "
        + fix.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
        + fix.substring(1);
  }
}
