package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Text;

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
  static Text advice(Page page, Source source, Text fix) {
    if (!source.path().isEmpty()) {
      return Text.of("check.text.advice.source", fix, source.path());
    }
    if (page.report().isPresent()) {
      return Text.of("check.text.advice.tampered", page.report().get().path());
    }
    return Text.of("check.text.advice.unknown", fix);
  }
}
