package cn.zwgk.publisher.residue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds placeholders that anonymisation leaves in a text: a lone Latin letter standing in Chinese
 * text for a name ({@code 以A新时代}, {@code X社区}) and runs such as {@code XX}, {@code ××}, {@code ＊＊},
 * {@code 某某}. Letters used in earnest before 级, 类, 型, 股, 超, 光, 射, 恤, 版, 线, 档, 证 (A级, B超, X光 …) and
 * letters touching digits or other Latin letters are not placeholders. The one definition of a
 * placeholder, used by the importer and the site check. Stateless.
 */
public final class Placeholders {
  /** A lone letter, or a run of placeholder marks. */
  public enum Kind {
    LONE_LETTER,
    RUN
  }

  /** One placeholder: {@code text.substring(start, end)}. */
  public record Hit(Kind kind, int start, int end) {}

  private static final Set<Character> LETTER_WORDS =
      Set.of('级', '类', '型', '股', '超', '光', '射', '恤', '版', '线', '档', '证');

  private Placeholders() {}

  /**
   * Every placeholder in {@code text}, in text order. One scan over runs of Latin letters and
   * marks, not look-around patterns at every character, which were slow on long pages.
   */
  public static List<Hit> find(String text) {
    List<Hit> found = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '某' && i + 1 < n && text.charAt(i + 1) == '某') {
        found.add(new Hit(Kind.RUN, i, i + 2));
        i += 2;
        continue;
      }
      char mark = runMark(c);
      if (mark != 0) {
        int start = i;
        while (i < n && runMark(text.charAt(i)) == mark) {
          i++;
        }
        if (i - start >= 2) {
          found.add(new Hit(Kind.RUN, start, i));
        }
        continue;
      }
      if (!isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isLetter(text.charAt(i))) {
        i++;
      }
      String run = text.substring(start, i);
      boolean touchesDigit =
          (start > 0 && isDigitOrWide(text.charAt(start - 1)))
              || (i < n && isDigitOrWide(text.charAt(i)));
      boolean upper = Character.isUpperCase(c);
      if (run.length() == 1 && upper && !touchesDigit && isLoneInChinese(text, start)) {
        found.add(new Hit(Kind.LONE_LETTER, start, i));
      } else if (run.length() >= 2
          && run.chars().allMatch(ch -> ch == run.charAt(0))
          && "XxＸｘ".indexOf(run.charAt(0)) >= 0) {
        found.add(new Hit(Kind.RUN, start, i));
      }
    }
    return found;
  }

  /** The class of a placeholder mark (× and ╳, * and ＊), or 0. */
  private static char runMark(char c) {
    return switch (c) {
      case '×', '╳' -> '×';
      case '*', '＊' -> '*';
      default -> 0;
    };
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
        || (isHan(after) && (isCjkPunctuation(before) || Character.isWhitespace(before)));
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** CJK punctuation, or the ASCII punctuation copies and converters put in its place. */
  private static boolean isCjkPunctuation(char c) {
    return (c >= '\u3000' && c <= '\u303F')
        || (c >= '\uFF01' && c <= '\uFF0F')
        || (c >= '\uFF1A' && c <= '\uFF20')
        || c == '“'
        || c == '”'
        || c == '‘'
        || c == '’'
        || c == '—'
        || c == '…'
        || ",.;:!?()".indexOf(c) >= 0;
  }
}
