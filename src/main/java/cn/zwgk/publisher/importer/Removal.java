package cn.zwgk.publisher.importer;

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
  /** {@code path:line:col: removed: rule: "text"}, long text shortened. */
  public String format(String path) {
    String shown = text.length() <= 60 ? text : text.substring(0, 60) + "…";
    return path + ":" + at + ": removed: " + rule + ": \"" + shown + "\"";
  }
}
