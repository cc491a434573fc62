package cn.zwgk.publisher.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the lines of a Markdown body that start with an official heading marker (GB/T 9704: {@code
 * 一、} → level 2, {@code （一）} or {@code (一)} → 3, {@code 1.} {@code 1．} {@code 1、} → 4, {@code （1）}
 * or {@code (1)} → 5) but no {@code #}, as editors who learnt on Word type them. Markdown would
 * merge such a line into the paragraph next to it; each one found is a block of its own, and it is
 * a heading when it stands alone:
 *
 * <ul>
 *   <li>its text after the marker is at most {@value #MAX_HEADING_LENGTH} characters, with no
 *       sentence end ({@code 。！？；}) before its last character, and for levels 4 and 5 none at all
 *       (a numbered sentence {@code 1. 开展普法宣传12次。} is a list item);
 *   <li>what follows it is body text or a deeper heading marker, not a sibling: consecutive
 *       siblings with nothing between them ({@code （一）…。（二）…。}) are a list of statements.
 * </ul>
 *
 * A run-in heading ({@code （一）标题。正文……}) has a sentence end inside and is a paragraph; {@code
 * 一是……二是……} has no marker. Lines in fenced code, indented code, tables, quotes, HTML and existing
 * headings are left alone. Stateless.
 */
public final class OfficialHeadingLines {
  /** Longest heading text, marker included. */
  public static final int MAX_HEADING_LENGTH = 45;

  private static final String HAN_NUMBER = "[一二三四五六七八九十]{1,3}";
  private static final Pattern LEVEL_2 = Pattern.compile("^" + HAN_NUMBER + "、");
  private static final Pattern LEVEL_3 = Pattern.compile("^[（(]" + HAN_NUMBER + "[）)]");
  private static final Pattern LEVEL_4 = Pattern.compile("^[0-9]{1,2}[.．、](?![0-9０-９])");
  private static final Pattern LEVEL_5 = Pattern.compile("^[（(][0-9]{1,2}[）)]");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern NOT_PARAGRAPH = Pattern.compile("^( {4}|\\t| {0,3}[#>|<])");
  private static final String NOT_PARAGRAPH_START = "#>|<";

  /** The characters a marker of any level starts with. */
  private static final String MARKER_START = "一二三四五六七八九十（(0123456789";

  private OfficialHeadingLines() {}

  /**
   * A line that starts with a marker: its 0-based index in the body, the level of the marker, and
   * whether it stands alone as a heading (else it is a paragraph of its own).
   */
  public record Line(int index, int level, boolean heading, String text) {}

  /** Every marker line of {@code body}, in order. */
  public static List<Line> find(String body) {
    String[] lines = body.split("\n", -1);
    List<Integer> levels = new ArrayList<>();
    boolean fenced = false;
    for (String raw : lines) {
      // The first character decides whether a pattern can match: most lines are tried against
      // none (this runs on every line of every report, in every build).
      int indent = 0;
      while (indent < raw.length() && indent < 4 && raw.charAt(indent) == ' ') {
        indent++;
      }
      char first = indent < raw.length() ? raw.charAt(indent) : '\n';
      if ((first == '`' || first == '~') && FENCE.matcher(raw).find()) {
        fenced = !fenced;
        levels.add(0);
        continue;
      }
      boolean notParagraph =
          indent == 4
              || raw.startsWith("\t")
              || (NOT_PARAGRAPH_START.indexOf(first) >= 0 && NOT_PARAGRAPH.matcher(raw).find());
      levels.add(fenced || notParagraph ? 0 : level(raw.strip()).orElse(0));
    }
    List<Line> found = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int level = levels.get(i);
      if (level > 0) {
        String text = lines[i].strip();
        found.add(
            new Line(
                i, level, isHeadingText(text, level) && followedByBody(lines, levels, i), text));
      }
    }
    return found;
  }

  /** The level of the marker {@code line} starts with, or empty. */
  public static Optional<Integer> level(String line) {
    if (line.isEmpty() || MARKER_START.indexOf(line.charAt(0)) < 0) {
      return Optional.empty();
    }
    if (LEVEL_2.matcher(line).find()) {
      return Optional.of(2);
    }
    if (LEVEL_3.matcher(line).find()) {
      return Optional.of(3);
    }
    if (LEVEL_4.matcher(line).find()) {
      return Optional.of(4);
    }
    if (LEVEL_5.matcher(line).find()) {
      return Optional.of(5);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text}, which starts with a marker of {@code level}, reads as a heading by
   * itself: the first condition of the class comment (length and sentence ends). The importer asks
   * this of the heading part it cuts from a run-in line, whose rest is the body that follows.
   */
  public static boolean isHeadingText(String text, int level) {
    if (text.length() > MAX_HEADING_LENGTH) {
      return false;
    }
    String beforeLast = text.substring(0, text.length() - 1);
    if (SENTENCE_END.matcher(beforeLast).find()) {
      return false;
    }
    return level <= 3 || !SENTENCE_END.matcher(text.substring(text.length() - 1)).find();
  }

  /** Whether the next non-blank line is body text or a deeper marker (or there is none). */
  private static boolean followedByBody(String[] lines, List<Integer> levels, int i) {
    for (int j = i + 1; j < lines.length; j++) {
      if (lines[j].isBlank()) {
        continue;
      }
      return levels.get(j) == 0 || levels.get(j) > levels.get(i);
    }
    return true;
  }
}
