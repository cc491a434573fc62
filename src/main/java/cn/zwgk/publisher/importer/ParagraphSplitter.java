package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report that arrives as one line (some portals' text copies join every paragraph with a
 * space) back into paragraphs and headings at its official numbering (一、 （一） 1. （1）): a number
 * after a space starts a new paragraph, and a short heading run in with its text by a space ({@code
 * 一、总体情况 2022年…}) becomes a heading of its own. A long line that has no numbering to split at gets
 * a finding that its structure was lost. Stateless.
 */
final class ParagraphSplitter {
  /**
   * A paragraph this long, with sentences joined by spaces, is several paragraphs pasted as one.
   */
  private static final int LONG = 120;

  private static final Pattern MARKER =
      Pattern.compile(
          "(?<=[\\s\\u3000])(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
              + "|[0-9]{1,2}[.．、](?![0-9])|[（(][0-9]{1,2}[）)])");

  private static final Pattern JOINED_SENTENCE = Pattern.compile("[。！？；;]\\s+\\S");

  private static final Pattern RUN_IN = Pattern.compile("^(\\S{2,30}?)[\\s\\u3000]+(\\S.*)$");

  private static final Pattern PUNCTUATION = Pattern.compile("[，,。；;：:！？]");

  private ParagraphSplitter() {}

  /** {@code blocks} with one-line pastes split; what was done goes to the notes or findings. */
  static List<SourceBlock> split(List<SourceBlock> blocks, List<Text> notes, List<Finding> out) {
    List<SourceBlock> result = new ArrayList<>();
    for (SourceBlock b : blocks) {
      if (!(b instanceof Paragraph p) || p.text().length() < LONG) {
        result.add(b);
        continue;
      }
      List<Integer> cuts = new ArrayList<>();
      Matcher m = MARKER.matcher(p.text());
      while (m.find()) {
        cuts.add(m.start());
      }
      if (cuts.size() < 2) {
        if (p.text().length() >= 4 * LONG && countJoined(p.text()) >= 3) {
          out.add(new Finding(p.at(), "structure", Text.of("import.one_line", p.text().length())));
        }
        result.add(b);
        continue;
      }
      int before = result.size();
      int from = 0;
      for (int cut : cuts) {
        addPiece(p, from, cut, result);
        from = cut;
      }
      addPiece(p, from, p.text().length(), result);
      notes.add(Text.of("import.note.split", p.at(), p.text().length(), result.size() - before));
    }
    return result;
  }

  private static void addPiece(Paragraph p, int from, int to, List<SourceBlock> out) {
    String raw = p.text().substring(from, to);
    String text = raw.strip();
    if (text.isEmpty()) {
      return;
    }
    int offset = from + raw.indexOf(text.charAt(0));
    Matcher runIn = RUN_IN.matcher(text);
    if (OfficialHeadingParser.marker(text).isPresent()
        && runIn.matches()
        && !PUNCTUATION.matcher(runIn.group(1)).find()) {
      out.add(p.withText(runIn.group(1), offset));
      out.add(p.withText(runIn.group(2), offset + runIn.start(2)));
      return;
    }
    out.add(p.withText(text, offset));
  }

  private static int countJoined(String text) {
    int n = 0;
    Matcher m = JOINED_SENTENCE.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
