package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportKind;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.List;

/**
 * The sections each kind mandates (kind.TYPE.section.N; the five of the 法治政府建设年度报告, the six of the
 * 政府信息公开工作年度报告, none for other documents), matched loosely: real reports merge, rename and reorder
 * them (seeds 002, 004), so a section counts as present when a heading has one of its key words,
 * or, for the two that are often a sentence rather than a heading, when the text has its key
 * phrase. Missing sections are warnings, never a reason to reject a report.
 */
final class MandatedSectionsRule implements Rule {
  @Override
  public String id() {
    return "mandated_sections";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.isHtml() || page.report().isEmpty()) {
      return;
    }
    Report report = page.report().get();
    List<ReportKind.Section> sections = context.reportKinds().of(report.kind()).sections();
    if (sections.isEmpty()) {
      return;
    }
    String headings = page.main().select("h2, h3, h4, h5, h6").eachText().toString();
    String text = page.mainText();
    for (ReportKind.Section s : sections) {
      boolean present =
          s.headingWords().stream().anyMatch(headings::contains)
              || s.textPhrases().stream().anyMatch(text::contains);
      if (!present) {
        out.add(
            page.path(),
            Source.of(report, report.bodyLine()),
            Text.of("check.mandated_sections", s.name(), String.join(", ", s.headingWords())),
            Text.of("check.mandated_sections.advice", s.name()));
      }
    }
  }
}
