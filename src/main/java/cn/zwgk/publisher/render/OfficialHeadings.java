package cn.zwgk.publisher.render;

import cn.zwgk.publisher.content.OfficialHeadingLines;
import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites the official heading lines Markdown does not know ({@code （一）深化法治宣传} without {@code #})
 * before the body is parsed: a line that stands alone becomes a Markdown heading of its GB/T 9704
 * level ({@code ##} 一、, {@code ###} （一）, {@code ####} 1., {@code #####} （1）), any other marker line
 * a paragraph of its own; so none is merged into the paragraph next to it. Every other line is left
 * exactly as it is. The rules are {@link OfficialHeadingLines}'s. Stateless.
 */
final class OfficialHeadings {
  private static final java.util.regex.Pattern MARKDOWN_LIST_ITEM =
      java.util.regex.Pattern.compile("^[0-9]{1,9}[.)] ");

  private OfficialHeadings() {}

  static String mark(String markdown) {
    var found = OfficialHeadingLines.find(markdown);
    if (found.isEmpty()) {
      return markdown;
    }
    Map<Integer, OfficialHeadingLines.Line> byIndex = new HashMap<>();
    for (OfficialHeadingLines.Line l : found) {
      // "1. …" that is not a heading is already a Markdown list item, never merged: left alone.
      if (l.heading() || !MARKDOWN_LIST_ITEM.matcher(l.text()).find()) {
        byIndex.put(l.index(), l);
      }
    }
    String[] lines = markdown.split("\n", -1);
    StringBuilder out = new StringBuilder(markdown.length() + 16 * found.size());
    for (int i = 0; i < lines.length; i++) {
      OfficialHeadingLines.Line l = byIndex.get(i);
      if (l == null) {
        out.append(lines[i]);
      } else {
        // Blank lines on both sides end the paragraphs around it.
        out.append('\n');
        if (l.heading()) {
          out.append("#".repeat(l.level())).append(' ');
        }
        out.append(lines[i].strip()).append('\n');
      }
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
