package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.content.OfficialHeadingLines;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the heading levels of official documents (GB/T 9704): {@code 一、} → level 2, {@code
 * （一）} or {@code (一)} → 3, {@code 1.} {@code 1．} {@code 1、} → 4, {@code （1）} → 5, the Markdown
 * heading levels of the report body. Which marker lines are headings is decided by {@link
 * OfficialHeadingLines}, the build's own reading of lines without {@code #}, so an imported report
 * reads the same way as one an editor typed: a line standing alone is a heading when that class
 * says so (a numbered sentence {@code 1、加强学习。} is a list item, and so are siblings with no body
 * between them). A run-in heading shares its line with its paragraph ({@code
 * （一）全面依法推进法治政府建设。我镇加强…}): it ends at the first sentence end, the rest is the paragraph, and it is
 * cut off when its own text reads as a heading ({@link OfficialHeadingLines#isHeadingText}). Inline
 * enumerations ({@code 一是…二是…}) carry no marker and stay paragraphs. A Word heading style makes a
 * heading whatever the text. Stateless.
 */
public final class OfficialHeadingParser {
  /** Longest heading, marker included; longer first sentences are numbered paragraphs. */
  static final int MAX_HEADING_LENGTH = OfficialHeadingLines.MAX_HEADING_LENGTH;

  /** Stands for a block without a marker when the body is shown to {@link OfficialHeadingLines}. */
  private static final String BODY_LINE = "正文";

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
    // The blocks as a body of one line each, blank lines between: the form the build reads.
    StringBuilder body = new StringBuilder();
    for (SourceBlock b : blocks) {
      boolean marked = false;
      if (b instanceof SourceBlock.Paragraph p) {
        result.add(parse(p.text(), p.styleLevel()));
        marked = p.styleLevel() == 0 && marker(p.text()).isPresent();
        body.append(marked ? p.text().replace('\n', ' ').strip() : BODY_LINE);
      } else {
        result.add(Optional.empty());
        body.append(BODY_LINE);
      }
      body.append("\n\n");
    }
    java.util.Map<Integer, Boolean> alone = new java.util.HashMap<>();
    for (OfficialHeadingLines.Line line : OfficialHeadingLines.find(body.toString())) {
      alone.put(line.index() / 2, line.heading());
    }
    for (int i = 0; i < blocks.size(); i++) {
      Optional<Heading> h = result.get(i);
      if (h.isEmpty() || ((SourceBlock.Paragraph) blocks.get(i)).styleLevel() > 0) {
        continue;
      }
      boolean heading =
          h.get().rest().isEmpty()
              ? alone.getOrDefault(i, false)
              : OfficialHeadingLines.isHeadingText(h.get().text(), h.get().level());
      if (!heading) {
        result.set(i, Optional.empty());
      }
    }
    return result;
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
