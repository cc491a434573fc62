package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Separates a report copied or saved from a disclosure page into its metadata block and its body:
 * the site's header lines before the block, the print and font controls, the repeated title and the
 * view counter after it, and the footer lines at the end are page furniture. Stateless.
 */
public final class ScrapedTextReader {
  /** How far into a text the metadata block may start. */
  private static final int SEARCH_LINES = 30;

  private ScrapedTextReader() {}

  /** The page's fields and body; {@code blocks} unchanged and no fields when there is no block. */
  public record Split(Map<String, PageField> fields, List<SourceBlock> body) {}

  /** Splits {@code blocks}; what is dropped as furniture goes to {@code removals}. */
  public static Split split(List<SourceBlock> blocks, List<Removal> removals) {
    int first = -1;
    for (int i = 0; i < Math.min(blocks.size(), SEARCH_LINES); i++) {
      if (blocks.get(i) instanceof Paragraph p
          && DisclosureMetadataParser.startsWithLabel(p.text())) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return new Split(Map.of(), blocks);
    }
    Map<String, PageField> fields = new LinkedHashMap<>();
    int end = first;
    while (end < blocks.size()
        && blocks.get(end) instanceof Paragraph p
        && DisclosureMetadataParser.startsWithLabel(p.text())) {
      DisclosureMetadataParser.parseLine(p.text(), p.at()).forEach(fields::putIfAbsent);
      end++;
    }
    if (!isMetadataBlock(fields)) {
      return new Split(Map.of(), blocks);
    }
    List<Removal> dropped = new ArrayList<>();
    for (SourceBlock b : blocks.subList(0, first)) {
      dropped.add(new Removal(b.at(), "page-furniture", ResidueRemover.textOf(b)));
    }
    List<SourceBlock> body = trimFurniture(blocks.subList(end, blocks.size()), fields, dropped);
    removals.addAll(dropped);
    return new Split(fields, body);
  }

  /** A block with 索引号, or with at least three of the eight labels, is a disclosure page's. */
  static boolean isMetadataBlock(Map<String, PageField> fields) {
    return fields.containsKey("索引号") || fields.size() >= 3;
  }

  /**
   * {@code body} without the furniture at its start (controls, the repeated title, the view
   * counter) and at its end (share links, footer).
   */
  static List<SourceBlock> trimFurniture(
      List<SourceBlock> body, Map<String, PageField> fields, List<Removal> removals) {
    String title = fields.containsKey("名称") ? fields.get("名称").value() : "";
    int from = 0;
    while (from < body.size() && isHeadFurniture(body.get(from), title)) {
      removals.add(
          new Removal(
              body.get(from).at(), "page-furniture", ResidueRemover.textOf(body.get(from))));
      from++;
    }
    int to = body.size();
    List<Removal> tail = new ArrayList<>();
    while (to > from
        && body.get(to - 1) instanceof Paragraph p
        && PageFurniture.isFurniture(p.text())) {
      tail.add(0, new Removal(p.at(), "page-furniture", p.text()));
      to--;
    }
    removals.addAll(tail);
    return List.copyOf(body.subList(from, to));
  }

  private static boolean isHeadFurniture(SourceBlock block, String title) {
    return block instanceof Paragraph p
        && (PageFurniture.isFurniture(p.text()) || (!title.isEmpty() && p.text().equals(title)));
  }
}
