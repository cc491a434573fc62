package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.List;

/**
 * The five sections every 法治政府建设年度报告 must have, matched loosely: real reports merge, rename and
 * reorder them (seeds 002, 004), so a section counts as present when a heading has one of its key
 * words, or, for the two that are often a sentence rather than a heading, when the text has its key
 * phrase. Missing sections are warnings, never a reason to reject a report.
 */
final class MandatedSectionsRule implements Rule {
  /** A mandated section: its name, words that mark its heading, phrases that mark its text. */
  record Section(String name, List<String> headingWords, List<String> textPhrases) {}

  static final List<Section> SECTIONS =
      List.of(
          new Section("主要举措和成效", List.of("举措", "成效", "开展情况", "工作情况", "主要做法", "主要工作"), List.of()),
          new Section("存在的不足和原因", List.of("不足", "问题", "差距", "短板"), List.of()),
          new Section("党政主要负责人履行推进法治建设第一责任人职责", List.of("第一责任人", "主要负责人"), List.of("第一责任人")),
          new Section("下一年度主要安排", List.of("安排", "打算", "计划", "思路", "下一步", "下一年", "工作要点"), List.of()),
          new Section("其他需要报告的情况", List.of("其他需要报告", "其他情况", "其他事项"), List.of("其他需要报告")));

  @Override
  public String id() {
    return "mandated_sections";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.isHtml() || page.report().isEmpty()) {
      return;
    }
    Report report = page.report().get();
    String headings = page.main().select("h2, h3, h4, h5, h6").eachText().toString();
    String text = page.mainText();
    for (Section s : SECTIONS) {
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
