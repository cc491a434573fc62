package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.render.MarkdownRenderer;
import cn.zwgk.publisher.search.BigramTokenizer;
import cn.zwgk.publisher.search.BodyText;
import cn.zwgk.publisher.search.PreviousDocumentText;
import cn.zwgk.publisher.search.ReportBodyText;
import cn.zwgk.publisher.search.SearchIndexBuilder;
import cn.zwgk.publisher.search.ShardWriter;
import cn.zwgk.publisher.site.IncrementalOutput;
import cn.zwgk.publisher.site.PageKeys;
import cn.zwgk.publisher.site.Pages;
import cn.zwgk.publisher.site.SearchIndexMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Renders the search page and writes the static search index of the published reports into the
 * folder being baked (so the site manifest, computed after the bake, covers it). Body texts come
 * from the pages this build rendered, else from the previous build's document file of an unchanged
 * report, else from the source again ({@link ReportBodyText}); the index itself is built by the
 * plain-Java {@link SearchIndexBuilder}.
 */
public final class SearchIndexRenderer extends PublisherRenderingTool {

  /** Where the index lives in the site; also the prefix of its files in the build cache. */
  static final String FOLDER = "search/";

  @Override
  int renderPages(PageWriter out, ReportContentStore store, JBakeConfiguration config) {
    SiteIndex index = store.pages().index();
    IncrementalOutput output = store.output();
    // The files of one build's index belong together: the manifest's key stands for all of them.
    // The key is only worked out when needed (it digests every report: a third of a preview's
    // pages-first rebuild, which keeps the previous index whatever it was made from).
    boolean keep = store.searchIndexMode() == SearchIndexMode.KEEP_PREVIOUS;
    String key = keep ? null : indexKey(store);
    boolean reused =
        (keep || output.previousKey(ShardWriter.MANIFEST_FILE).equals(Optional.of(key)))
            && output.reuseAll(FOLDER, null);
    if (!reused) {
      writeIndex(out, store, config, index, key == null ? indexKey(store) : key);
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

  /**
   * Writes the index; files whose bytes did not change are kept from the previous build. Each
   * document file is keyed by its report's source, so that the next build can take the body text of
   * an unchanged report from it ({@link PreviousDocumentText}) instead of rendering it again.
   */
  private static void writeIndex(
      PageWriter out,
      ReportContentStore store,
      JBakeConfiguration config,
      SiteIndex index,
      String key) {
    IncrementalOutput output = store.output();
    List<Report> ordered = SearchIndexBuilder.documentOrder(index.published());
    Map<String, String> keyOfReport = new HashMap<>();
    Map<String, String> keyOfFile = new HashMap<>();
    for (int id = 0; id < ordered.size(); id++) {
      Report r = ordered.get(id);
      // A document file is made from its report's path, its whole source (header and body) and
      // what the site makes of its metadata (the registry can change a report's county): equal
      // keys give equal bytes, so an unchanged document's file is kept without making it again.
      String documentKey =
          store
              .keys()
              .dataKey(
                  "search-document-2",
                  r.path()
                      + '|'
                      + store.sourceHash(r.path())
                      + '|'
                      + store.pages().reportFingerprint(r));
      keyOfReport.put(r.path(), documentKey);
      keyOfFile.put(ShardWriter.documentFile(id), documentKey);
    }
    var previous = output.previousByKey(FOLDER + "docs/");
    BodyText bodies =
        store
            .bodyTexts()
            .orElse(
                new PreviousDocumentText(
                    r -> previous.apply(keyOfReport.get(r.path())),
                    new ReportBodyText(config.getHeaderSeparator(), new MarkdownRenderer())));
    try {
      new SearchIndexBuilder(new BigramTokenizer())
          .build(
              index.published(),
              r -> index.townshipOf(r).slug(),
              bodies,
              new cn.zwgk.publisher.search.IndexFileSink() {
                @Override
                public void write(String path, byte[] bytes) {
                  output.writeIfChanged(path, bytes, keyOfFile.getOrDefault(path, key));
                }

                @Override
                public boolean keep(String path) {
                  String fileKey = keyOfFile.get(path);
                  return fileKey != null && output.reuse(path, fileKey);
                }
              });
    } catch (InvalidContentException e) {
      // A report changed between validation and indexing: its problems name file and line.
      out.fail("search index: " + e.getMessage());
    } catch (RuntimeException e) {
      out.fail("search index: " + e);
    }
  }
}
