package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import cn.zwgk.publisher.residue.PortalChrome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Separates a text copied or saved from a disclosure page into its metadata, its title line and its
 * body, whatever the portal's layout: the head of the page (up to the first line of body text) is
 * read line by line; metadata lines in any layout are read by {@link DisclosureMetadataParser},
 * wherever they stand in the head (a block, a byline under the title, a repeated block); portal
 * chrome is removed by what it is ({@link PortalChrome}) in the head and in the body alike; the
 * title is the document's own title line, directly above the metadata or, failing that, after it,
 * never a breadcrumb or a column name. Every removal is listed. Stateless.
 */
public final class ScrapedTextReader {
  /** The key under which the title line found (not a printed 名称 field) is passed on. */
  public static final String TITLE_LINE = "标题行";

  private static final String FURNITURE = "page-furniture";

  /** Metadata read and not kept: a repeated block, labels such as 有效性 or 内容概述. */
  private static final String UNUSED = "metadata-not-kept";

  private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十百零〇0-9]+[章条节部分]");

  private static final Pattern PROSE_MARK = Pattern.compile("[，,。；;]");

  private ScrapedTextReader() {}

  /** The page's fields and body; no fields when the text has no metadata. */
  public record Split(Map<String, PageField> fields, List<SourceBlock> body) {}

  /** Splits {@code blocks}; what is dropped goes to {@code removals}. */
  public static Split split(List<SourceBlock> blocks, List<Removal> removals) {
    HeadReader head = new HeadReader(blocks);
    head.read();
    List<SourceBlock> kept = new ArrayList<>();
    List<Removal> dropped = new ArrayList<>();
    Optional<HeadReader.Title> title = head.title();
    title.ifPresent(
        t -> head.fields().fields().put(TITLE_LINE, new PageField(TITLE_LINE, t.text(), t.at())));
    String titleText =
        head.fields().fields().containsKey("名称")
            ? head.fields().fields().get("名称").value()
            : title.map(HeadReader.Title::text).orElse("");
    for (int i = 0; i < blocks.size(); i++) {
      SourceBlock b = blocks.get(i);
      if (i < head.end()) {
        HeadReader.Line line = head.line(i);
        if (title.isPresent() && title.get().lines().contains(i)) {
          if (head.fields().fields().containsKey("名称")) {
            // The title is the 名称 field: the title line only repeats it.
            dropped.add(new Removal(b.at(), FURNITURE, ResidueRemover.textOf(b)));
          }
          continue;
        }
        switch (line.kind()) {
          case META, VALUE -> {
            if (line.repeated()) {
              dropped.add(new Removal(b.at(), UNUSED, ResidueRemover.textOf(b)));
            }
            continue;
          }
          case CHROME -> {
            dropped.add(new Removal(b.at(), FURNITURE, ResidueRemover.textOf(b)));
            continue;
          }
          case OTHER -> {
            if (head.hasFields() && (i < head.firstField() || sameTitle(line.text(), titleText))) {
              dropped.add(new Removal(b.at(), FURNITURE, ResidueRemover.textOf(b)));
              continue;
            }
          }
        }
      } else if (b instanceof Paragraph p && isChromeInBody(blocks, i)) {
        dropped.add(new Removal(p.at(), FURNITURE, p.text()));
        continue;
      }
      kept.add(b);
    }
    List<SourceBlock> body = trimFooter(kept, dropped);
    dropped.sort(
        java.util.Comparator.comparingInt((Removal r) -> r.at().line())
            .thenComparingInt(r -> r.at().column()));
    removals.addAll(dropped);
    return new Split(head.hasFields() ? head.fields().fields() : Map.of(), body);
  }

  /** A block with 索引号, or with at least three fields, is a disclosure page's. */
  static boolean isMetadataBlock(Map<String, PageField> fields) {
    return fields.containsKey("索引号") || fields.size() >= 3;
  }

  /** Chrome in the body: a control row, a counter, a breadcrumb, a lone table residue row. */
  private static boolean isChromeInBody(List<SourceBlock> blocks, int i) {
    String text = ((Paragraph) blocks.get(i)).text();
    if (PortalChrome.isTableResidue(text)) {
      return !(pipeRow(blocks, i - 1) && pipeRow(blocks, i + 1));
    }
    return PortalChrome.shipped().isChrome(text, PortalChrome.Where.BODY);
  }

  private static boolean pipeRow(List<SourceBlock> blocks, int i) {
    return i >= 0
        && i < blocks.size()
        && blocks.get(i) instanceof Paragraph p
        && p.text().contains("|")
        && !PortalChrome.isTableResidue(p.text());
  }

  /** The body without the site footer lines at its end. */
  private static List<SourceBlock> trimFooter(List<SourceBlock> body, List<Removal> removals) {
    int to = body.size();
    while (to > 0
        && body.get(to - 1) instanceof Paragraph p
        && PageFurniture.isFurniture(p.text())) {
      removals.add(new Removal(p.at(), FURNITURE, p.text()));
      to--;
    }
    return List.copyOf(body.subList(0, to));
  }

  /** Whether two title lines are the same but for spaces, brackets and punctuation. */
  static boolean sameTitle(String a, String b) {
    return !b.isEmpty() && normal(a).equals(normal(b));
  }

  private static String normal(String s) {
    return s.replaceAll("[\\s\\u3000\\u00A0()（）〔〕\\[\\]【】《》“”\"'、，,.。:：·-]", "");
  }

  /** Whether {@code text} starts the body: a heading, an addressee line, or running text. */
  static boolean isBodyLike(String text) {
    if (OfficialHeadingParser.marker(text).isPresent() || CHAPTER.matcher(text).find()) {
      return true;
    }
    if ((text.endsWith("：") || text.endsWith(":")) && text.length() <= 100) {
      return true;
    }
    return text.length() >= 100 || text.length() >= 30 && PROSE_MARK.matcher(text).find();
  }
}
