package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.render.MarkdownRenderer;
import cn.zwgk.publisher.search.BigramTokenizer;
import cn.zwgk.publisher.search.ReportBodyText;
import cn.zwgk.publisher.search.SearchIndexBuilder;
import cn.zwgk.publisher.site.IncrementalOutput;
import cn.zwgk.publisher.site.PageKeys;
import cn.zwgk.publisher.site.Pages;
import cn.zwgk.publisher.site.SearchIndexMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Renders the search page and writes the static search index of the published reports into the
 * folder being baked (so the site manifest, computed after the bake, covers it). Bodies are read
 * again from the source files one batch at a time by {@link ReportBodyText}; the index itself is
 * built by the plain-Java {@link SearchIndexBuilder}.
 */
public final class SearchIndexRenderer extends PublisherRenderingTool {

  /** Where the index lives in the site; also the prefix of its files in the build cache. */
  static final String FOLDER = "search/";

  @Override
  int renderPages(PageWriter out, ReportContentStore store, JBakeConfiguration config) {
    SiteIndex index = store.pages().index();
    String key = indexKey(store);
    IncrementalOutput output = store.output();
    boolean reused =
        output.reuseAll(
            FOLDER, store.searchIndexMode() == SearchIndexMode.KEEP_PREVIOUS ? null : key);
    if (!reused) {
      writeIndex(out, store, config, index, key);
    }
    Pages.SearchPage page =
        new Pages.SearchPage(
            index.published().size(),
            List.of(new Pages.Crumb("首页", "index.html"), new Pages.Crumb("搜索", "search.html")));
    return out.write("search", "search.html", page) ? 1 : 0;
  }

  /**
   * The input of the whole index: every published report's source (its hash) and what the index
   * stores of its metadata and township. Equal keys give byte-equal index files.
   */
  static String indexKey(ReportContentStore store) {
    var pages = store.pages();
    // Streamed into the digest: at 100,000 reports the input is hundreds of megabytes.
    MessageDigest digest = PageKeys.newDigest();
    pages.index().published().stream()
        .sorted(java.util.Comparator.comparing(Report::path))
        .forEachOrdered(
            r ->
                digest.update(
                    (r.path()
                            + '|'
                            + store.sourceHash(r.path())
                            + '|'
                            + pages.index().townshipOf(r).slug()
                            + '|'
                            + pages.reportFingerprint(r)
                            + '\n')
                        .getBytes(StandardCharsets.UTF_8)));
    return store.keys().dataKey("search-index-1", HexFormat.of().formatHex(digest.digest()));
  }

  /** Writes the index; files whose bytes did not change are kept from the previous build. */
  private static void writeIndex(
      PageWriter out,
      ReportContentStore store,
      JBakeConfiguration config,
      SiteIndex index,
      String key) {
    try {
      new SearchIndexBuilder(new BigramTokenizer())
          .build(
              index.published(),
              r -> index.townshipOf(r).slug(),
              store
                  .bodyTexts()
                  .orElse(new ReportBodyText(config.getHeaderSeparator(), new MarkdownRenderer())),
              (path, bytes) -> store.output().writeIfChanged(path, bytes, key));
    } catch (InvalidContentException e) {
      // A report changed between validation and indexing: its problems name file and line.
      out.fail("search index: " + e.getMessage());
    } catch (RuntimeException e) {
      out.fail("search index: " + e);
    }
  }
}
