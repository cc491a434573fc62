package cn.zwgk.publisher.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata block of a disclosure page (索引号, 分类, 发布机构, 成文日期, 名称, 文号, 发布日期, 主题词) from its
 * text, as shown on the page or copied from it: labels followed by a colon, several to a line
 * ({@code 索引号: 1144…/2025-00002 分类: 工作报告}), a value running to the next label. Label variants other
 * portals use are mapped to these eight. Stateless.
 */
public final class DisclosureMetadataParser {
  /** The labels of the national catalogue, in the order real pages show them. */
  public static final List<String> LABELS =
      List.of("索引号", "分类", "发布机构", "成文日期", "名称", "文号", "发布日期", "主题词");

  private static final Map<String, String> VARIANTS =
      Map.ofEntries(
          Map.entry("信息索引号", "索引号"),
          Map.entry("主题分类", "分类"),
          Map.entry("信息分类", "分类"),
          Map.entry("发文机关", "发布机构"),
          Map.entry("发布单位", "发布机构"),
          Map.entry("生成日期", "成文日期"),
          Map.entry("标题", "名称"),
          Map.entry("文件名称", "名称"),
          Map.entry("发文字号", "文号"),
          Map.entry("公开日期", "发布日期"),
          Map.entry("关键词", "主题词"));

  private static final Pattern LABEL =
      Pattern.compile(
          "(信息索引号|索引号|主题分类|信息分类|分类|发布机构|发文机关|发布单位|成文日期|生成日期|文件名称|名称|标题"
              + "|发文字号|文号|发布日期|公开日期|主题词|关键词)[ \\t\\u00A0\\u3000]*[:：]");

  private DisclosureMetadataParser() {}

  /** Whether {@code line} starts with a metadata label such as {@code 索引号:}. */
  public static boolean startsWithLabel(String line) {
    Matcher m = LABEL.matcher(line.strip());
    return m.lookingAt();
  }

  /**
   * The fields of one line of the block, keyed by canonical label. {@code at} is where the line's
   * text starts; a value's position is computed from it.
   */
  public static Map<String, PageField> parseLine(String line, SourcePosition at) {
    Map<String, PageField> fields = new LinkedHashMap<>();
    Matcher m = LABEL.matcher(line);
    int labelStart = -1;
    String label = null;
    int valueStart = 0;
    while (m.find()) {
      if (label != null) {
        put(fields, label, line, valueStart, m.start(), at);
      }
      labelStart = m.start();
      label = VARIANTS.getOrDefault(m.group(1), m.group(1));
      valueStart = m.end();
    }
    if (label != null && labelStart >= 0) {
      put(fields, label, line, valueStart, line.length(), at);
    }
    return fields;
  }

  private static void put(
      Map<String, PageField> fields,
      String label,
      String line,
      int from,
      int to,
      SourcePosition at) {
    String raw = line.substring(from, to);
    String value = raw.strip().replace('\u00A0', ' ').strip();
    int lead = value.isEmpty() ? 0 : raw.indexOf(value.charAt(0));
    fields.putIfAbsent(label, new PageField(label, value, at.plus(from + Math.max(lead, 0))));
  }
}
