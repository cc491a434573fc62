package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.HashSet;
import java.util.Set;

/**
 * Residue and placeholders in what a page shows: Word bookmarks, 试读结束 tails, lone Latin letters
 * standing for names, XX / ×× placeholders (see {@link ResiduePatterns}).
 */
final class ResidueRule implements Rule {
  @Override
  public String id() {
    return "residue";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.isHtml()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (ResiduePatterns.Match m : ResiduePatterns.find(unvalidated(page, context))) {
      if (!seen.add(m.kind() + "\u0000" + m.context())) {
        continue;
      }
      Source source = TextFinding.source(page, m.context(), context);
      if (source.path().isEmpty() && m.kind() != ResiduePatterns.Kind.LONE_LETTER) {
        source = TextFinding.source(page, m.text(), context);
      }
      out.add(
          page.path(),
          source,
          Text.of(
              "check.residue",
              Text.of("check.residue.kind." + m.kind().name().toLowerCase(java.util.Locale.ROOT)),
              m.text(),
              m.context()),
          TextFinding.advice(
              page,
              source,
              Text.of("check.residue.fix." + m.kind().name().toLowerCase(java.util.Locale.ROOT))));
    }
  }

  /**
   * The page's words without the header values the report validator has checked (索引号, 文号, the
   * dates): a valid 索引号 whose issuer code contains {@code XX} is a number, not a placeholder.
   * Residue is about body text and values nothing validated.
   */
  private static String unvalidated(Page page, CheckContext context) {
    String text = page.text(context);
    if (page.report().isEmpty()) {
      return text;
    }
    var report = page.report().get();
    for (String value : java.util.List.of(report.indexNumber(), report.docNumber())) {
      if (!value.isBlank()) {
        text = text.replace(value, " ");
      }
    }
    return text;
  }
}
