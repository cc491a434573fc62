package cn.zwgk.publisher.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An input read into blocks, before any structure is recognised.
 *
 * @param path the input as named to the user
 * @param format how it was read: {@code text}, {@code html} or {@code docx}
 * @param encoding the character encoding detected ({@code docx} for Word files)
 * @param blocks the report's paragraphs and tables in reading order
 * @param pageFields the metadata block of a disclosure page, keyed by label (索引号, 名称, …); empty for
 *     other inputs
 * @param removals what the reader left out (page furniture)
 */
public record SourceDocument(
    String path,
    String format,
    String encoding,
    List<SourceBlock> blocks,
    Map<String, PageField> pageFields,
    List<Removal> removals) {
  public SourceDocument {
    blocks = List.copyOf(blocks);
    pageFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pageFields));
    removals = List.copyOf(removals);
  }

  /** The value of page field {@code label}, or empty. */
  public String pageValue(String label) {
    PageField f = pageFields.get(label);
    return f == null ? "" : f.value();
  }

  public boolean isScrapedPage() {
    return !pageFields.isEmpty();
  }
}
