package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds placeholders that anonymisation leaves in a text: a lone capital Latin letter standing in
 * for a Chinese name or phrase ({@code 以A新时代…}, {@code X社区}) and runs such as {@code XX}, {@code
 * ××}, {@code 某某}. Letters that are words of their own in Chinese text (A股, B超, X光, A级) and
 * lower-case letters of brand names (法治e站) are not placeholders. Reports, never edits. Stateless.
 */
public final class PlaceholderDetector {
  private static final Pattern LONE_LETTER =
      Pattern.compile("(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９_.-])[A-ZＡ-Ｚ](?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９_.-])");

  private static final Pattern WORD_OF_ITS_OWN = Pattern.compile("^(?:股|超|光|射线|级|型|类)");

  private static final Pattern RUN = Pattern.compile("[XＸxｘ×╳]{2,}|[*＊]{2,}|某某");

  private PlaceholderDetector() {}

  /** The findings in {@code text}, which starts at {@code at}. */
  public static List<Finding> scan(String text, SourcePosition at) {
    List<Finding> findings = new ArrayList<>();
    Matcher m = LONE_LETTER.matcher(text);
    while (m.find()) {
      if (nextToHan(text, m.start(), m.end())
          && !WORD_OF_ITS_OWN.matcher(text.substring(m.end())).find()) {
        findings.add(
            new Finding(
                at.plus(m.start()),
                "placeholder",
                Text.of(
                    "importer.placeholder.letter", m.group(), context(text, m.start(), m.end()))));
      }
    }
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      findings.add(
          new Finding(
              at.plus(run.start()),
              "placeholder",
              Text.of(
                  "importer.placeholder.run", run.group(), context(text, run.start(), run.end()))));
    }
    findings.sort(
        java.util.Comparator.comparingInt((Finding f) -> f.at().line())
            .thenComparingInt(f -> f.at().column()));
    return findings;
  }

  private static boolean nextToHan(String text, int start, int end) {
    return start > 0 && isChinese(text.charAt(start - 1))
        || end < text.length() && isChinese(text.charAt(end));
  }

  private static boolean isChinese(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || c >= '\u3000' && c <= '\u303F'
        || c >= '\uFF00' && c <= '\uFF0F';
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 6);
    int to = Math.min(text.length(), end + 6);
    return "…" + text.substring(from, to) + "…";
  }
}
