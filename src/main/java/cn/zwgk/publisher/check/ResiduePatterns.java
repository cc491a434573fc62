package cn.zwgk.publisher.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what copying and converting leave in a report: Word bookmarks ({@code [bookmark: _GoBack]},
 * seed 002), the 试读结束 tail of essay sites (seed 001), a lone Latin letter standing in Chinese text
 * for an anonymised name ({@code 以A新时代}, {@code A总书记}, seed 001), and XX / ×× placeholders ({@code
 * X社区} is caught as a lone letter). Thread-safe.
 */
final class ResiduePatterns {
  /** What kind of residue, and the advice for it. */
  enum Kind {
    BOOKMARK("Word bookmark residue", "Delete the bookmark (left over from a Word conversion)"),
    TRIAL_TAIL(
        "the 试读结束 tail of an essay site",
        "Delete everything from 试读结束 on (the copied site's advertising and contact details)"),
    LONE_LETTER(
        "a lone Latin letter in Chinese text",
        "Write out what the letter stands for (an anonymised name or place)"),
    PLACEHOLDER("a placeholder", "Replace the placeholder with the real name or number");

    final String label;
    final String fix;

    Kind(String label, String fix) {
      this.label = label;
      this.fix = fix;
    }
  }

  /**
   * One occurrence: {@code text} is what was found, {@code context} the text around it (what the
   * finding quotes and the source is searched for).
   */
  record Match(Kind kind, String text, String context) {}

  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]\\n]{0,80}]");
  private static final Pattern TRIAL_TAIL = Pattern.compile("试读(?:已)?结束");

  /** A whole run of letters that is a placeholder: XX, xxx, ＸＸ. */
  private static final Pattern PLACEHOLDER = Pattern.compile("[Xx]{2,}|[Ｘｘ]{2,}");

  /**
   * Letters used in earnest before these characters: A级, B类, O型, A股, B超, X光, X射线, T恤, Q版, K线, A档,
   * C证.
   */
  private static final Set<Character> LETTER_WORDS =
      Set.of('级', '类', '型', '股', '超', '光', '射', '恤', '版', '线', '档', '证');

  private ResiduePatterns() {}

  /**
   * Every occurrence in {@code text}: bookmarks and tails first, then letters and placeholders in
   * text order. Letters are found by one scan over runs of Latin letters (and ×), not by
   * look-around patterns at every character, which were slow on long pages.
   */
  static List<Match> find(String text) {
    List<Match> found = new ArrayList<>();
    if (text.contains("[bookmark:")) {
      add(found, Kind.BOOKMARK, BOOKMARK.matcher(text), text);
    }
    if (text.contains("试读")) {
      add(found, Kind.TRIAL_TAIL, TRIAL_TAIL.matcher(text), text);
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isLetter(c) && c != '×') {
        i++;
        continue;
      }
      int start = i;
      boolean times = c == '×';
      while (i < n && (times ? text.charAt(i) == '×' : isLetter(text.charAt(i)))) {
        i++;
      }
      String run = text.substring(start, i);
      boolean touchesDigit =
          (start > 0 && isDigitOrWide(text.charAt(start - 1)))
              || (i < n && isDigitOrWide(text.charAt(i)));
      if (run.length() == 1 && !times && !touchesDigit && isLoneInChinese(text, start)) {
        found.add(new Match(Kind.LONE_LETTER, run, context(text, start, i)));
      } else if (run.length() >= 2 && (times || PLACEHOLDER.matcher(run).matches())) {
        found.add(new Match(Kind.PLACEHOLDER, run, context(text, start, i)));
      }
    }
    return found;
  }

  private static void add(List<Match> found, Kind kind, Matcher m, String text) {
    while (m.find()) {
      found.add(new Match(kind, m.group(), context(text, m.start(), m.end())));
    }
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= 'Ａ' && c <= 'Ｚ')
        || (c >= 'ａ' && c <= 'ｚ');
  }

  private static boolean isDigitOrWide(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /**
   * Han on one side and Han or CJK punctuation on the other, and not one of the letter words: a
   * letter standing for a word, not an abbreviation among Latin text.
   */
  private static boolean isLoneInChinese(String text, int at) {
    char before = at > 0 ? text.charAt(at - 1) : ' ';
    char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
    if (LETTER_WORDS.contains(after)) {
      return false;
    }
    return (isHan(before) && (isHan(after) || isCjkPunctuation(after)))
        || (isHan(after) && isCjkPunctuation(before));
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isCjkPunctuation(char c) {
    return (c >= '\u3000' && c <= '\u303F')
        || (c >= '\uFF01' && c <= '\uFF0F')
        || (c >= '\uFF1A' && c <= '\uFF20')
        || c == '“'
        || c == '”'
        || c == '‘'
        || c == '’'
        || c == '—'
        || c == '…';
  }

  /** The match with up to two characters either side, on one line. */
  private static String context(String text, int matchStart, int matchEnd) {
    int start = matchStart;
    int end = matchEnd;
    for (int i = 0; i < 2 && start > 0 && !Character.isWhitespace(text.charAt(start - 1)); i++) {
      start--;
    }
    for (int i = 0;
        i < 2 && end < text.length() && !Character.isWhitespace(text.charAt(end));
        i++) {
      end++;
    }
    return text.substring(start, end);
  }
}
