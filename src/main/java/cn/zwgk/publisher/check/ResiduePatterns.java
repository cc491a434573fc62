package cn.zwgk.publisher.check;

import cn.zwgk.publisher.residue.ConversionResidue;
import cn.zwgk.publisher.residue.Placeholders;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what copying and converting leave in a report: Word bookmarks ({@code [bookmark: _GoBack]},
 * seed 002), the 试读结束 tail of essay sites (seed 001), a lone Latin letter standing in Chinese text
 * for an anonymised name ({@code 以A新时代}, {@code A总书记}, seed 001), and XX / ×× placeholders ({@code
 * X社区} is caught as a lone letter), each by the definition the importer also uses ({@code
 * cn.zwgk.publisher.residue}). Thread-safe.
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
    PLACEHOLDER("a placeholder", "Replace the placeholder with the real name or number"),
    CONVERSION(
        "conversion residue",
        "Delete it (a zero-width character or a converter's banner left by a conversion)");

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

  private ResiduePatterns() {}

  /**
   * Every occurrence in {@code text}: conversion residue first, then letters and placeholders in
   * text order, by the definitions the importer also uses ({@link ConversionResidue}, {@link
   * Placeholders}).
   */
  static List<Match> find(String text) {
    List<Match> found = new ArrayList<>();
    for (ConversionResidue.Hit hit : ConversionResidue.find(text)) {
      Kind kind =
          switch (hit.kind()) {
            case WORD_MARKER -> Kind.BOOKMARK;
            case TRIAL_TAIL -> Kind.TRIAL_TAIL;
            case ZERO_WIDTH, CONVERTER_BANNER -> Kind.CONVERSION;
          };
      String shown =
          hit.kind() == ConversionResidue.Kind.ZERO_WIDTH
              ? String.format("U+%04X", (int) text.charAt(hit.start()))
              : text.substring(hit.start(), hit.end());
      found.add(new Match(kind, shown, context(text, hit.start(), hit.end())));
    }
    for (Placeholders.Hit hit : Placeholders.find(text)) {
      Kind kind = hit.kind() == Placeholders.Kind.LONE_LETTER ? Kind.LONE_LETTER : Kind.PLACEHOLDER;
      found.add(
          new Match(
              kind, text.substring(hit.start(), hit.end()), context(text, hit.start(), hit.end())));
    }
    return found;
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
