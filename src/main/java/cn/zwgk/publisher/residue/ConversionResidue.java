package cn.zwgk.publisher.residue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What converters and copy sites add to a text and no document contains on purpose: Word markers
 * such as {@code [bookmark: _GoBack]}, zero-width characters, the evaluation banner of a conversion
 * library, and the 试读结束 line after which an essay site's advertising begins. The one definition,
 * used by the importer (which removes it) and the site check (which finds it). Stateless.
 */
public final class ConversionResidue {
  /** The kind of residue. */
  public enum Kind {
    WORD_MARKER,
    ZERO_WIDTH,
    CONVERTER_BANNER,
    TRIAL_TAIL
  }

  /** One occurrence: {@code text.substring(start, end)}. */
  public record Hit(Kind kind, int start, int end) {}

  private static final Pattern WORD_MARKER =
      Pattern.compile("\\[(?:bookmark|image|footnote ref|comment ref):[^\\]\\n]{0,80}]");

  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

  private static final Pattern CONVERTER_BANNER =
      Pattern.compile(
          "Evaluation Warning: The document was created with Spire\\.\\w+ for \\.NET\\.?");

  /** Residue inside a line, removable without touching the text around it. */
  public static final Pattern INLINE =
      Pattern.compile(
          WORD_MARKER.pattern() + "|" + ZERO_WIDTH.pattern() + "|" + CONVERTER_BANNER.pattern());

  /** The line where an essay site cuts the text and its advertising begins. */
  public static final Pattern TRIAL_TAIL = Pattern.compile("试读.{0,2}结束|以上为试读内容");

  private ConversionResidue() {}

  /** Every occurrence in {@code text}, markers and banners first, then tails. */
  public static List<Hit> find(String text) {
    List<Hit> found = new ArrayList<>();
    add(found, Kind.WORD_MARKER, WORD_MARKER.matcher(text));
    add(found, Kind.ZERO_WIDTH, ZERO_WIDTH.matcher(text));
    add(found, Kind.CONVERTER_BANNER, CONVERTER_BANNER.matcher(text));
    add(found, Kind.TRIAL_TAIL, TRIAL_TAIL.matcher(text));
    return found;
  }

  private static void add(List<Hit> found, Kind kind, Matcher m) {
    while (m.find()) {
      found.add(new Hit(kind, m.start(), m.end()));
    }
  }
}
