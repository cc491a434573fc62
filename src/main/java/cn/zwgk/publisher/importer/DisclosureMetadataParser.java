package cn.zwgk.publisher.importer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the metadata of a disclosure page (索引号, 分类, 发布机构, 成文日期, 名称, 文号, 发布日期, 主题词) from lines of
 * its text, by the label table of {@link MetadataLabels}: every label variant a portal prints is
 * mapped to its field, and when a block prints several labels of one field the one first in the
 * table that has a value wins (发布机构 before 来源). One instance reads one block. Not thread-safe.
 */
public final class DisclosureMetadataParser {
  /** The labels of the national catalogue, in the order real pages show them. */
  public static final List<String> LABELS =
      List.of("索引号", "分类", "发布机构", "成文日期", "名称", "文号", "发布日期", "主题词");

  private final Map<String, PageField> fields = new LinkedHashMap<>();
  private final Map<String, Integer> ranks = new HashMap<>();

  /** The fields read so far, keyed by field (索引号 …); fields printed empty are absent. */
  public Map<String, PageField> fields() {
    return fields;
  }

  /** Whether {@code line} starts with a metadata label such as {@code 索引号:}. */
  public static boolean startsWithLabel(String line) {
    if (!MetadataLabels.shipped().startsWithLabel(line)) {
      return false;
    }
    MetadataLabels.LabelledLine read = MetadataLabels.shipped().read(line);
    return read.startsWithLabel() && read.labelCount() > 0;
  }

  /** How many distinct fields {@code text} has labels of, printed with a value or empty. */
  public static int labelCount(String text) {
    return (int)
        MetadataLabels.shipped().read(text).tokens().stream()
            .filter(t -> t.label().isField())
            .map(t -> t.label().field())
            .distinct()
            .count();
  }

  /** The fields of one line (or of an element's text), keyed by field. */
  public static Map<String, PageField> parseLine(String line, SourcePosition at) {
    DisclosureMetadataParser parser = new DisclosureMetadataParser();
    parser.add(MetadataLabels.shipped().read(line), at);
    return parser.fields();
  }

  /** Adds the values of {@code line}, which starts at {@code at}. */
  void add(MetadataLabels.LabelledLine line, SourcePosition at) {
    for (int i = 0; i < line.tokens().size(); i++) {
      MetadataLabels.Token t = line.tokens().get(i);
      String value = line.values().get(i);
      if (t.label().isField()) {
        int offset = t.valueStart();
        while (offset < line.text().length()
            && MetadataLabels.isSpace(line.text().charAt(offset))) {
          offset++;
        }
        put(t.label(), value, at.plus(offset));
      }
    }
  }

  /** Sets field of {@code label} to {@code value} unless a label before it already gave one. */
  void put(MetadataLabels.Label label, String value, SourcePosition at) {
    if (value.isEmpty()) {
      return;
    }
    Integer rank = ranks.get(label.field());
    if (rank == null || label.rank() < rank) {
      fields.put(label.field(), new PageField(label.field(), value, at));
      ranks.put(label.field(), label.rank());
    }
  }
}
