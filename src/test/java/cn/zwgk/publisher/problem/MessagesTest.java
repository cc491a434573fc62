package cn.zwgk.publisher.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Messages ZH = Messages.of(Language.ZH);
  private static final Messages EN = Messages.of(Language.EN);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,fields)?\\}");

  @Test
  void everyKeyExistsInBothLanguages() {
    Set<String> onlyZh = new TreeSet<>(ZH.keys());
    onlyZh.removeAll(EN.keys());
    Set<String> onlyEn = new TreeSet<>(EN.keys());
    onlyEn.removeAll(ZH.keys());
    assertEquals(Set.of(), onlyZh, "keys missing in messages_en.properties");
    assertEquals(Set.of(), onlyEn, "keys missing in messages_zh.properties");
  }

  @Test
  void bothLanguagesTakeTheSameArguments() {
    for (String key : ZH.keys()) {
      assertEquals(
          placeholders(ZH.pattern(key).orElseThrow()),
          placeholders(EN.pattern(key).orElse("")),
          "arguments of " + key);
    }
  }

  @Test
  void noTextIsBlank() {
    for (Messages m : new Messages[] {ZH, EN}) {
      for (String key : m.keys()) {
        assertTrue(!m.pattern(key).orElseThrow().isBlank(), key + " in " + m.language());
      }
    }
  }

  @Test
  void substitutesArgumentsWithoutNumberFormatting() {
    assertEquals(
        "报告属于 2025 年度，却放在 content/reports/2024/ 文件夹中。请移到 content/reports/2025/",
        ZH.get("metadata.year_folder", 2025, "2024"));
  }

  @Test
  void printsFieldListsWithLabels() {
    assertEquals(
        "草稿还缺 发布日期（date）、发布机构（issuer）。发布（status=published）前请补齐",
        ZH.get("metadata.draft_incomplete", "date,issuer"));
    assertEquals(
        "draft needs an editor: date, issuer not yet stated (required before status=published)",
        EN.get("metadata.draft_incomplete", "date,issuer"));
  }

  @Test
  void printsProblemsInTheChosenLanguage() {
    Problem p =
        Problem.warning(
            "content/reports/2024/a.md",
            3,
            "issuer",
            Text.of("metadata.unknown_key.suggest", "isuer", "issuer"));
    assertEquals(
        "content/reports/2024/a.md:3: 警告: 发布机构（issuer）: 未知字段“isuer”。你是否想写“issuer”？请改正拼写",
        p.format(ZH));
    assertEquals(
        "content/reports/2024/a.md:3: warning: issuer: unknown key \"isuer\" (did you mean \"issuer\"?)",
        p.format(EN));
  }

  @Test
  void literalTextsPrintTheSameInEveryLanguage() {
    Problem p = Problem.error("site", 0, "x", "as written");
    assertEquals("site: x: as written", p.format(ZH));
    assertEquals("site: x: as written", p.format(EN));
  }

  @Test
  void choosesTheOptionThenTheEnvironmentThenChinese() {
    assertEquals(Language.EN, Language.choose("en", "zh"));
    assertEquals(Language.EN, Language.choose(null, "en_US.UTF-8"));
    assertEquals(Language.ZH, Language.choose(null, null));
    assertEquals(Language.ZH, Language.choose("fr", null));
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
