package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Text;

/**
 * Text the importer left out of a report: conversion residue, an advertising tail, page furniture.
 * Every removal is printed, so nothing disappears unseen.
 *
 * @param at where the removed text starts in the input
 * @param rule short name of the rule that removed it ({@code residue}, {@code advert-tail}, {@code
 *     page-furniture})
 * @param text the removed text, exactly as it was
 */
public record Removal(SourcePosition at, String rule, String text) {
  /** {@code path:line:col: removed: rule: "text"} in English, long text shortened. */
  public String format(String path) {
    return format(path, Messages.ENGLISH);
  }

  /**
   * The printed line in the language of {@code messages}: {@code path:line:col: 已删除：…} naming the
   * rule in words and the removed text, long text shortened.
   */
  public String format(String path, Messages messages) {
    String shown = text.length() <= 60 ? text : text.substring(0, 60) + "…";
    Text rule = Text.of("import.rule." + this.rule.replace('-', '_'));
    return path + ":" + at + ": " + Text.of("import.removed", rule, shown).render(messages);
  }
}
