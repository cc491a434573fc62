package cn.zwgk.publisher.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits text into search terms: overlapping character bigrams for Chinese, whole words for Latin
 * letters and digits. Dictionary segmenters split place names such as 埔前镇 into single characters
 * (see DOMAIN.md), so a reader typing 埔前镇 would match every text with 埔, 前 and 镇 anywhere;
 * overlapping bigrams keep 埔前 and 前镇, so any Chinese substring of two or more characters matches
 * its own bigrams. A Chinese character standing alone between non-Chinese characters (年 in "2025年"
 * is not alone; 号 in "26号" is) becomes a one-character term.
 *
 * <p>Before splitting, full-width ASCII (Ａ１，) is folded to ASCII and A–Z to a–z; the fold maps each
 * UTF-16 unit to exactly one unit, so offsets in folded text are offsets in the original (snippets
 * rely on it). Words longer than {@value #MAX_WORD} UTF-16 units are cut to that length.
 *
 * <p>{@code assets/js/search.js} implements the same rules; change both together. Stateless and
 * thread-safe.
 */
public final class BigramTokenizer {
  /** Longest word kept, in UTF-16 units: a USCC has 18 characters; longer runs are cut. */
  public static final int MAX_WORD = 32;

  /** Folds one UTF-16 unit: full-width ASCII to ASCII, ideographic space to space, A–Z to a–z. */
  static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    } else if (c == '\u3000') {
      c = ' ';
    }
    if (c >= 'A' && c <= 'Z') {
      c = (char) (c + 32);
    }
    return c;
  }

  /** {@code text} with every unit {@linkplain #fold(char) folded}; same length as the input. */
  public static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = fold(chars[i]);
    }
    return new String(chars);
  }

  /** Whether {@code cp} is a Chinese character (CJK unified ideographs, extensions, 〇). */
  static boolean isChinese(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x20000 && cp <= 0x323AF)
        || cp == 0x3007;
  }

  /** Whether {@code cp} belongs to a word: a letter or decimal digit that is not Chinese. */
  static boolean isWordChar(int cp) {
    return !isChinese(cp) && Character.isLetterOrDigit(cp);
  }

  /** Passes every term of {@code text} to {@code sink}, in order, repeats included. */
  public void tokens(String text, Consumer<String> sink) {
    String folded = fold(text);
    int n = folded.length();
    int i = 0;
    while (i < n) {
      int cp = folded.codePointAt(i);
      if (isChinese(cp)) {
        i = chineseRun(folded, i, sink);
      } else if (isWordChar(cp)) {
        int start = i;
        while (i < n && isWordChar(folded.codePointAt(i))) {
          i += Character.charCount(folded.codePointAt(i));
        }
        sink.accept(folded.substring(start, Math.min(i, start + MAX_WORD)));
      } else {
        i += Character.charCount(cp);
      }
    }
  }

  /**
   * Emits the bigrams (or the lone character) of the Chinese run at {@code start}; returns its end.
   */
  private static int chineseRun(String text, int start, Consumer<String> sink) {
    int n = text.length();
    int previous = start;
    int i = start + Character.charCount(text.codePointAt(start));
    boolean emitted = false;
    while (i < n && isChinese(text.codePointAt(i))) {
      int next = i + Character.charCount(text.codePointAt(i));
      sink.accept(text.substring(previous, next));
      emitted = true;
      previous = i;
      i = next;
    }
    if (!emitted) {
      sink.accept(text.substring(start, i));
    }
    return i;
  }

  /** Every term of {@code text}, in order, repeats included. */
  public List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    tokens(text, out::add);
    return out;
  }

  /** The distinct terms of a query, in the order they first appear. */
  public List<String> queryTerms(String query) {
    LinkedHashSet<String> terms = new LinkedHashSet<>();
    tokens(query, terms::add);
    return List.copyOf(terms);
  }
}
