package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.metadata.SpamWords;
import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds words of the spam list in a report's text. Zero-width characters between the letters of a
 * word (a common trick to slip spam past filters) do not hide it. Reports, never edits. Immutable
 * and thread-safe.
 */
public final class SpamDetector {
  private final SpamWords words;

  public SpamDetector(SpamWords words) {
    this.words = Objects.requireNonNull(words, "words");
  }

  /** The findings in {@code text}, which starts at {@code at}. */
  public List<Finding> scan(String text, SourcePosition at) {
    StringBuilder visible = new StringBuilder();
    List<Integer> original = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isZeroWidth(c)) {
        visible.append(c);
        original.add(i);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (SpamWords.Match m : words.findAll(visible.toString())) {
      findings.add(
          new Finding(
              at.plus(original.get(m.start())), "spam", Text.of("importer.spam", m.word())));
    }
    return findings;
  }

  static boolean isZeroWidth(char c) {
    return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }
}
