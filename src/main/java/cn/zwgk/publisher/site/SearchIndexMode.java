package cn.zwgk.publisher.site;

/**
 * Whether a build brings the search index up to date. {@link #CURRENT} rebuilds it whenever a
 * published report changed (and reuses it otherwise); {@link #KEEP_PREVIOUS} reuses the previous
 * build's index even when it is behind, so the live preview can show an edited page at once and
 * bring the index up to date in a follow-up build.
 */
public enum SearchIndexMode {
  CURRENT,
  KEEP_PREVIOUS
}
