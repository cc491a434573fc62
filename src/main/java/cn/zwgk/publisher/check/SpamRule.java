package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.SpamWords;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Spam and tampering: words of the spam list (gambling, pornography; {@code spam.words} and {@code
 * spam.words.exclude} in jbake.properties adjust it) in what a page shows. Seed 000 is a real
 * report in which 皇冠足球比分 replaced 关于.
 */
final class SpamRule implements Rule {
  @Override
  public String id() {
    return "spam";
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
    Set<String> seen = new LinkedHashSet<>();
    for (SpamWords.Match m : context.settings().spamWords().findAll(page.text(context))) {
      if (!seen.add(m.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Source source = TextFinding.source(page, m.word(), context);
      out.add(
          page.path(),
          source,
          Text.of("check.spam", m.word()),
          TextFinding.advice(page, source, Text.of("check.spam.fix")));
    }
  }
}
