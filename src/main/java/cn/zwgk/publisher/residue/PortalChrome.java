package cn.zwgk.publisher.residue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises portal chrome by what it is: a line made only of the words of {@code
 * portal-chrome.txt} (print and font controls, view counters, language and accessibility switches,
 * share links), a breadcrumb ({@code 首页 > 政务公开 > …}), a site banner with the day's date ({@code
 * 某某区人民政府 2019年12月3日星期二}), the residue of a flattened table ({@code ---|---|}), and, in a page's
 * head, the names of disclosure columns and links to other sites. A line that only mentions such a
 * word keeps its other words and is not chrome. Used by the importer to remove chrome and by the
 * site check to find it in built pages. Immutable and thread-safe.
 */
public final class PortalChrome {
  /** Where a line stands: in a page's head (before the document's text) or in its body. */
  public enum Where {
    HEAD,
    BODY
  }

  private static final PortalChrome SHIPPED = load();

  private static final Pattern BREADCRUMB =
      Pattern.compile(
          "^(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置|当前所在位置|位置)\\s*[:：]"
              + "|首页\\s*(?:>|>>|»|›|＞|→|/)"
              + "|^\\s*(?:>>|>|»|›|＞)\\s*\\S");

  private static final String DATE =
      "(?:[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})";

  private static final Pattern BANNER =
      Pattern.compile("^(?:\\p{IsHan}{2,30}\\s*)?" + DATE + "\\s*(?:星期|礼拜|周)[一二三四五六日天]\\s*$");

  private static final Pattern DATE_ONLY =
      Pattern.compile("^" + DATE + "(?:\\s*[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?$");

  private static final Pattern HAN_COLUMN = Pattern.compile("^\\p{IsHan}{0,8}(?:信息)?公开$");

  private static final Pattern SITE_LINK = Pattern.compile("^\\p{IsHan}{2,14}(?:政府网|门户网站|门户网|网站)$");

  /** The words of each list by their first character, longest first: looked up per character. */
  private final Map<Character, List<String>> strong;

  private final Map<Character, List<String>> weak;
  private final Set<String> columns;

  private PortalChrome(List<String> strong, List<String> weak, Set<String> columns) {
    this.strong = byFirstCharacter(strong);
    this.weak = byFirstCharacter(weak);
    this.columns = Set.copyOf(columns);
  }

  private static Map<Character, List<String>> byFirstCharacter(List<String> words) {
    Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
    Map<Character, List<String>> out = new HashMap<>();
    words.stream()
        .sorted(longestFirst)
        .forEachOrdered(w -> out.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w));
    out.replaceAll((c, list) -> List.copyOf(list));
    return Map.copyOf(out);
  }

  /** The shipped lexicon. */
  public static PortalChrome shipped() {
    return SHIPPED;
  }

  /** Whether {@code line} is portal chrome where it stands. */
  public boolean isChrome(String line, Where where) {
    return classify(line, where).isPresent();
  }

  /**
   * What kind of chrome {@code line} is ({@code controls}, {@code breadcrumb}, {@code banner},
   * {@code table residue}, {@code column name}, {@code site links}), or empty when it is text.
   */
  public Optional<String> classify(String line, Where where) {
    String text = line.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (isTableResidue(text)) {
      return Optional.of("table residue");
    }
    if (mayBeBreadcrumb(text) && BREADCRUMB.matcher(text).find()) {
      return Optional.of("breadcrumb");
    }
    if (BANNER.matcher(text).matches()) {
      return Optional.of("banner");
    }
    if (onlyChromeWords(text)) {
      return Optional.of("controls");
    }
    if (where == Where.HEAD) {
      return headChrome(text);
    }
    return Optional.empty();
  }

  /** What every breadcrumb {@link #BREADCRUMB} finds has: most body text is tried against none. */
  private static boolean mayBeBreadcrumb(String text) {
    return text.contains("位置") || text.contains("首页") || ">»›＞".indexOf(text.charAt(0)) >= 0;
  }

  /** A line of pipes, dashes and colons only: what is left of a table flattened by copying. */
  public static boolean isTableResidue(String text) {
    boolean marks = text.contains("|") || text.contains("---");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c == '|'
          || c == '-'
          || c == ':'
          || c == '：'
          || c == '—'
          || c == '+'
          || c == '='
          || Character.isWhitespace(c)
          || c == '\u3000'
          || c == '\u00A0')) {
        return false;
      }
    }
    return marks;
  }

  private Optional<String> headChrome(String text) {
    String joined = text.replaceAll("[\\s\\u3000\\u00A0]+", "");
    if (columns.contains(joined) || HAN_COLUMN.matcher(joined).matches()) {
      return Optional.of("column name");
    }
    String[] words = text.split("[\\s\\u3000\\u00A0|｜]+");
    boolean allColumns = words.length > 1;
    boolean allSites = words.length > 1;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      allColumns &= columns.contains(w) || HAN_COLUMN.matcher(w).matches();
      allSites &= SITE_LINK.matcher(w).matches();
    }
    if (allColumns) {
      return Optional.of("column name");
    }
    if (allSites) {
      return Optional.of("site links");
    }
    String cells = text.replaceAll("[|｜\\s\\u3000\\u00A0]+", " ").strip();
    if (text.contains("|") && DATE_ONLY.matcher(cells).matches()) {
      return Optional.of("banner");
    }
    return Optional.empty();
  }

  /** Whether {@code text} has a strong chrome word and nothing but chrome words and marks. */
  boolean onlyChromeWords(String text) {
    boolean sawStrong = false;
    int i = 0;
    while (i < text.length()) {
      String word = matchAt(strong, text, i);
      if (word != null) {
        sawStrong = true;
        i += word.length();
        continue;
      }
      word = matchAt(weak, text, i);
      if (word != null) {
        i += word.length();
        continue;
      }
      if (!isMark(text.charAt(i))) {
        return false;
      }
      i++;
    }
    return sawStrong;
  }

  private static String matchAt(Map<Character, List<String>> words, String text, int at) {
    for (String w : words.getOrDefault(text.charAt(at), List.of())) {
      if (text.startsWith(w, at)) {
        return w;
      }
    }
    return null;
  }

  /** Punctuation, brackets, digits and spaces, which chrome words stand among. */
  private static boolean isMark(char c) {
    if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || Character.isDigit(c)) {
      return true;
    }
    return "[]【】()（）:：|｜/\\-—_·•,，、.。*~=<>《》\"“”'‘’!！?？;；+«»›".indexOf(c) >= 0;
  }

  private static PortalChrome load() {
    List<String> strong = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    Set<String> columns = new HashSet<>();
    List<String> section = null;
    try (InputStream in = PortalChrome.class.getResourceAsStream("portal-chrome.txt")) {
      if (in == null) {
        throw new IllegalStateException("portal-chrome.txt is missing from the classpath");
      }
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        switch (line) {
          case "[strong]" -> section = strong;
          case "[weak]" -> section = weak;
          case "[column]" -> section = null;
          default -> {
            if (section == null) {
              columns.add(line);
            } else {
              section.add(line);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read portal-chrome.txt", e);
    }
    return new PortalChrome(strong, weak, columns);
  }
}
