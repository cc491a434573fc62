package cn.zwgk.publisher.content;

import java.util.Map;
import java.util.Optional;

/**
 * The Chinese names editors type for header keys ({@code 发布机构=}), each an alias of one English key.
 * The labels are those real disclosure pages print (see docs/editing.md), so that a header copied
 * from a portal page reads as it is. Immutable.
 */
public final class HeaderKeyAliases {
  /** Alias → English key. */
  public static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("名称", "title"),
          Map.entry("标题", "title"),
          Map.entry("信息名称", "title"),
          Map.entry("类型", "type"),
          Map.entry("状态", "status"),
          Map.entry("发布日期", "date"),
          Map.entry("公开日期", "date"),
          Map.entry("成文日期", "written"),
          Map.entry("发文日期", "written"),
          Map.entry("索引号", "index_number"),
          Map.entry("分类", "category"),
          Map.entry("主题分类", "category"),
          Map.entry("发布机构", "issuer"),
          Map.entry("发文机构", "issuer"),
          Map.entry("发文单位", "issuer"),
          Map.entry("乡镇", "township"),
          Map.entry("镇街", "township"),
          Map.entry("县区", "county"),
          Map.entry("区县", "county"),
          Map.entry("年度", "year"),
          Map.entry("文号", "doc_number"),
          Map.entry("发文字号", "doc_number"),
          Map.entry("主题词", "subject_words"),
          Map.entry("关键词", "subject_words"),
          Map.entry("附件", "attachments"));

  private HeaderKeyAliases() {}

  /** The English key {@code key} is an alias of, or empty when it is none. */
  public static Optional<String> englishKey(String key) {
    return Optional.ofNullable(ALIASES.get(key));
  }
}
