package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Personal data in a published page: resident ID numbers, mobile numbers and bank card numbers (see
 * {@link PersonalDataPatterns}). A report may allow kinds it publishes lawfully with the header
 * line {@code allow_personal_data=id,mobile,bank}. Findings print the numbers masked.
 */
final class PersonalDataRule implements Rule {
  static final String ALLOW_KEY = "allow_personal_data";

  @Override
  public String id() {
    return "personal_data";
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
    Set<PersonalDataPatterns.Kind> allowed =
        page.report().map(r -> allowed(page, r, out)).orElse(Set.of());
    Set<String> seen = new HashSet<>();
    for (PersonalDataPatterns.Match m : PersonalDataPatterns.find(page.text(context))) {
      if (allowed.contains(m.kind()) || !seen.add(m.text())) {
        continue;
      }
      Source source = TextFinding.source(page, m.text(), context);
      out.add(
          page.path(),
          source,
          Text.of(
              "check.personal_data",
              Text.of("check.personal_data.kind." + m.kind().key),
              m.masked()),
          TextFinding.advice(
              page,
              source,
              Text.of("check.personal_data.fix", m.masked(), ALLOW_KEY + "=" + m.kind().key)));
    }
  }

  /** The kinds the report allows; an unknown kind is a finding at its header line. */
  private static Set<PersonalDataPatterns.Kind> allowed(Page page, Report report, Findings out) {
    String value = report.extra().getOrDefault(ALLOW_KEY, "");
    Set<PersonalDataPatterns.Kind> kinds = EnumSet.noneOf(PersonalDataPatterns.Kind.class);
    List<String> unknown = new ArrayList<>();
    for (String part : value.split("[,，、]")) {
      if (part.isBlank()) {
        continue;
      }
      PersonalDataPatterns.Kind kind = PersonalDataPatterns.Kind.byKey(part);
      if (kind == null) {
        unknown.add(part.strip());
      } else {
        kinds.add(kind);
      }
    }
    if (!unknown.isEmpty()) {
      out.add(
          page.path(),
          Source.header(report, ALLOW_KEY),
          Text.of("check.personal_data.unknown_kind", ALLOW_KEY, String.join(", ", unknown)),
          Text.of("check.personal_data.unknown_kind.advice"));
    }
    return kinds;
  }
}
