package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import cn.zwgk.publisher.residue.ConversionResidue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what converters and copy sites add to a report and never belongs to it: Word residue such
 * as {@code [bookmark: _GoBack]}, zero-width characters, evaluation banners of conversion
 * libraries, and the advertising tail an essay site appends after 试读结束 (contact numbers, WeChat
 * ids, URLs). Official text is never touched: the rules match only residue. Stateless.
 */
public final class ResidueRemover {
  /** Inline residue, each pattern a whole token that no report contains on purpose. */
  private static final Pattern INLINE = ConversionResidue.INLINE;

  /** The line where an essay site cuts the text and its advertising begins. */
  private static final Pattern ADVERT_TAIL = ConversionResidue.TRIAL_TAIL;

  private ResidueRemover() {}

  /** The paragraphs before an advertising tail; the tail paragraphs go to {@code removals}. */
  public static List<SourceBlock> removeAdvertTail(
      List<SourceBlock> blocks, List<Removal> removals) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Paragraph p && ADVERT_TAIL.matcher(p.text()).find()) {
        for (SourceBlock removed : blocks.subList(i, blocks.size())) {
          removals.add(new Removal(removed.at(), "advert-tail", textOf(removed)));
        }
        return List.copyOf(blocks.subList(0, i));
      }
    }
    return blocks;
  }

  /** The blocks with inline residue cut out; paragraphs left empty are dropped. */
  public static List<SourceBlock> removeInline(List<SourceBlock> blocks, List<Removal> removals) {
    List<SourceBlock> kept = new ArrayList<>();
    for (SourceBlock block : blocks) {
      if (!(block instanceof Paragraph p)) {
        kept.add(block);
        continue;
      }
      Matcher m = INLINE.matcher(p.text());
      StringBuilder text = new StringBuilder();
      int last = 0;
      while (m.find()) {
        removals.add(new Removal(p.at().plus(m.start()), "residue", visible(m.group())));
        text.append(p.text(), last, m.start());
        last = m.end();
      }
      if (last == 0) {
        kept.add(p);
        continue;
      }
      text.append(p.text().substring(last));
      String cleaned = text.toString();
      String stripped = cleaned.strip();
      if (!stripped.isEmpty()) {
        int lead = cleaned.indexOf(stripped);
        int offset = leadingRemoved(p.text(), m.reset(), lead);
        kept.add(p.withText(stripped, offset));
      }
    }
    return kept;
  }

  /** Offset in the original text of the first kept character. */
  private static int leadingRemoved(String original, Matcher m, int leadInCleaned) {
    int consumed = 0;
    int cleanedPos = 0;
    while (m.find()) {
      int gap = m.start() - consumed;
      if (cleanedPos + gap > leadInCleaned) {
        break;
      }
      cleanedPos += gap;
      consumed = m.end();
    }
    return consumed + (leadInCleaned - cleanedPos);
  }

  private static String visible(String residue) {
    return residue.length() == 1
        ? String.format("U+%04X (zero-width character)", (int) residue.charAt(0))
        : residue;
  }

  static String textOf(SourceBlock block) {
    if (block instanceof Paragraph p) {
      return p.text();
    }
    SourceBlock.Table t = (SourceBlock.Table) block;
    return t.rows().isEmpty() ? "(empty table)" : "(table) " + String.join(" | ", t.rows().get(0));
  }
}
