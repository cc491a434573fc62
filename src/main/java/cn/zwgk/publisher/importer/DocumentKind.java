package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.metadata.ReportValidator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an imported document is, told by its title: a 政府信息公开工作年度报告 ({@code type=disclosure-report}),
 * a 法治政府建设年度报告 ({@code type=report}), or another document ({@code type=document}) whose genre is
 * the word its title ends with (通知, 办法, 指南 …). Stateless.
 */
final class DocumentKind {
  private static final Pattern DISCLOSURE_REPORT =
      Pattern.compile("信息公开.{0,6}(?:年度报告|年报|工作报告)|信息公开工作.{0,4}报告");

  private static final Pattern RULE_OF_LAW_REPORT = Pattern.compile("法治政府建设.{0,12}报告");

  private static final Pattern GENRE =
      Pattern.compile(
          "(通知|规则|办法|方案|意见|决定|指南|规范|公告|通告|规定|细则|制度|目录|清单|解读|批复|复函|纪要|规划|通报|决议|条例)"
              + "(?:[（(][^）)]{0,20}[）)])?$");

  private DocumentKind() {}

  /** Sets {@code type} (and {@code genre} when the schema has it) from the title. */
  static void apply(Map<String, String> header) {
    String title = header.getOrDefault("title", "");
    if (title.isEmpty() || RULE_OF_LAW_REPORT.matcher(title).find()) {
      return;
    }
    if (DISCLOSURE_REPORT.matcher(title).find()) {
      header.put("type", "disclosure-report");
      return;
    }
    genre(title)
        .ifPresent(
            g -> {
              header.put("type", "document");
              if (ReportValidator.HEADER_KEYS.contains("genre")) {
                header.put("genre", g);
              }
            });
  }

  /** The genre word a title ends with ({@code 关于…的通知} → 通知), if any. */
  static Optional<String> genre(String title) {
    Matcher m = GENRE.matcher(title.strip());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
