package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.content.OfficialHeadingLines;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the heading levels of official documents (GB/T 9704): {@code 一、} → level 2, {@code
 * （一）} or {@code (一)} → 3, {@code 1.} {@code 1．} {@code 1、} → 4, {@code （1）} → 5, the Markdown
 * heading levels of the report body. A run-in heading shares its line with its paragraph ({@code
 * （一）全面依法推进法治政府建设。我镇加强…}): the heading ends at the first sentence end, the rest is the paragraph. A
 * line whose first sentence is too long for a heading is a paragraph that starts with a number;
 * numbered items (levels 4 and 5) are decided per list, so when one item of a list is a paragraph
 * all its siblings are too, and a list never mixes headings with paragraphs. Inline enumerations
 * ({@code 一是…二是…}) carry no marker and stay paragraphs. Stateless.
 */
public final class OfficialHeadingParser {
  /** Longest heading, marker included; longer first sentences are numbered paragraphs. */
  static final int MAX_HEADING_LENGTH = 45;

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？]");

  private OfficialHeadingParser() {}

  /** A heading: its level, its text, and the paragraph text that followed it on the line. */
  public record Heading(int level, String text, String rest, int restOffset) {}

  /**
   * The heading each block starts, or empty for paragraphs and tables, deciding numbered items per
   * list (see the class comment).
   */
  public static java.util.List<Optional<Heading>> parseAll(java.util.List<SourceBlock> blocks) {
    java.util.List<Optional<Heading>> result = new java.util.ArrayList<>();
    java.util.List<Integer> marker = new java.util.ArrayList<>();
    for (SourceBlock b : blocks) {
      if (b instanceof SourceBlock.Paragraph p) {
        result.add(parse(p.text(), p.styleLevel()));
        marker.add(p.styleLevel() > 0 ? 0 : marker(p.text()).orElse(0));
      } else {
        result.add(Optional.empty());
        marker.add(0);
      }
    }
    for (int level = 4; level <= 5; level++) {
      flattenMixedLists(result, marker, level);
    }
    return result;
  }

  /** Makes every item of a {@code level} list a paragraph when one of them is. */
  private static void flattenMixedLists(
      java.util.List<Optional<Heading>> result, java.util.List<Integer> marker, int level) {
    java.util.List<Integer> list = new java.util.ArrayList<>();
    for (int i = 0; i <= result.size(); i++) {
      boolean closes =
          i == result.size()
              || marker.get(i) > 0 && marker.get(i) < level && result.get(i).isPresent();
      if (i < result.size() && marker.get(i) == level) {
        list.add(i);
      }
      if (closes) {
        if (list.stream().anyMatch(j -> result.get(j).isEmpty())) {
          list.forEach(j -> result.set(j, Optional.empty()));
        }
        list.clear();
      }
    }
  }

  /** The heading level of the marker {@code line} starts with, or empty. */
  public static Optional<Integer> marker(String line) {
    // One definition of the markers, shared with the build's reading of headings without #.
    return OfficialHeadingLines.level(line);
  }

  /**
   * The heading {@code line} starts, or empty when it is a paragraph. {@code styleLevel} is the
   * level a Word heading style gives the line (0 for none); a marker takes precedence over it.
   */
  public static Optional<Heading> parse(String line, int styleLevel) {
    Optional<Integer> level = marker(line);
    if (level.isEmpty()) {
      return styleLevel > 0
          ? Optional.of(new Heading(Math.min(styleLevel, 5), line, "", line.length()))
          : Optional.empty();
    }
    Matcher end = SENTENCE_END.matcher(line);
    int headingEnd = end.find() ? end.end() : line.length();
    if (headingEnd > MAX_HEADING_LENGTH && styleLevel == 0) {
      return Optional.empty();
    }
    String heading = line.substring(0, headingEnd);
    String rest = line.substring(headingEnd);
    String restStripped = rest.strip();
    int restOffset = headingEnd + (restStripped.isEmpty() ? 0 : rest.indexOf(restStripped));
    return Optional.of(new Heading(level.get(), heading.strip(), restStripped, restOffset));
  }
}
