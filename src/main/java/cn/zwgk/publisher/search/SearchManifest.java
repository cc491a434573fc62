package cn.zwgk.publisher.search;

import java.util.List;

/**
 * {@code search/index.json}, the one file every search loads first. Documents are numbered so that
 * each township's reports are consecutive (townships in Chinese collation order by county, then
 * name; within a township newest year first): a township or county filter is then a range of
 * document numbers, and a year filter a few ranges, with no per-document table to download.
 *
 * @param format version of the index layout, raised on any incompatible change
 * @param documents number of documents, 0 to documents − 1
 * @param shards number of term shards ({@code search/terms/N.json}), a power of two
 * @param townships every township, in document order
 */
public record SearchManifest(int format, int documents, int shards, List<Township> townships) {
  /** The current {@link #format}. */
  public static final int FORMAT = 1;

  /**
   * A township's documents: {@code first} to {@code first} + the sum of the counts − 1, grouped by
   * report year, newest first, as {@code [year, count]} pairs.
   */
  public record Township(
      String slug, String county, String name, int first, List<List<Integer>> years) {}
}
