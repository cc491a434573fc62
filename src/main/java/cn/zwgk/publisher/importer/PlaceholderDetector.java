package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.Text;
import cn.zwgk.publisher.residue.Placeholders;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports the placeholders anonymisation leaves in a text as findings, by the one definition of
 * {@link Placeholders} the site check also uses. Reports, never edits. Stateless.
 */
public final class PlaceholderDetector {
  private PlaceholderDetector() {}

  /** The findings in {@code text}, which starts at {@code at}. */
  public static List<Finding> scan(String text, SourcePosition at) {
    List<Finding> findings = new ArrayList<>();
    for (Placeholders.Hit hit : Placeholders.find(text)) {
      String found = text.substring(hit.start(), hit.end());
      String context = context(text, hit.start(), hit.end());
      findings.add(
          new Finding(
              at.plus(hit.start()),
              "placeholder",
              Text.of(
                  hit.kind() == Placeholders.Kind.LONE_LETTER
                      ? "importer.placeholder.letter"
                      : "importer.placeholder.run",
                  found,
                  context)));
    }
    return findings;
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 6);
    int to = Math.min(text.length(), end + 6);
    return "…" + text.substring(from, to) + "…";
  }
}
