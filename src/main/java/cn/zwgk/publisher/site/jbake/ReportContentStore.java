package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.search.RenderedBodyText;
import cn.zwgk.publisher.site.BuildProgress;
import cn.zwgk.publisher.site.IncrementalOutput;
import cn.zwgk.publisher.site.PageKeys;
import cn.zwgk.publisher.site.PageModels;
import cn.zwgk.publisher.site.SearchIndexMode;
import java.util.Map;
import java.util.Objects;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * The content store handed to JBake's renderer, engines and rendering tools. JBake keeps every
 * document in an embedded OrientDB and queries all of them once per rendered page (quadratic:
 * 107–158 ms per page at 10,000 documents, see {@code bench.ContentStoreCostBenchmark}); here the
 * validated model lives in plain Java objects built once and the database is never started.
 * Returning no unrendered content keeps JBake's own {@code DocumentsRenderer} idle; our rendering
 * tools render reports instead.
 *
 * <p>Set once by {@link ValidatingCrawler} before rendering starts; read concurrently afterwards.
 */
public final class ReportContentStore extends ContentStore {
  private final SiteConfig siteConfig;
  private final IncrementalOutput output;
  private final PageKeys keys;
  private final BuildProgress progress;
  private final SearchIndexMode searchIndexMode;
  private final RenderedBodyText bodyTexts;
  private volatile PageModels pages;
  private volatile Map<String, String> sourceHashes = Map.of();

  /**
   * @param output where pages go, reusing the previous build's unchanged pages
   * @param keys the input keys of pages
   */
  public ReportContentStore(
      SiteConfig siteConfig,
      IncrementalOutput output,
      PageKeys keys,
      BuildProgress progress,
      SearchIndexMode searchIndexMode) {
    super("memory", "publisher-" + System.identityHashCode(new Object()));
    this.searchIndexMode = Objects.requireNonNull(searchIndexMode, "searchIndexMode");
    this.bodyTexts = new RenderedBodyText(64L << 20);
    this.progress = Objects.requireNonNull(progress, "progress");
    this.siteConfig = Objects.requireNonNull(siteConfig, "siteConfig");
    this.output = Objects.requireNonNull(output, "output");
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  void setPages(PageModels pages, Map<String, String> sourceHashes) {
    this.pages = Objects.requireNonNull(pages, "pages");
    this.sourceHashes = Map.copyOf(sourceHashes);
  }

  public IncrementalOutput output() {
    return output;
  }

  /**
   * Body text of the pages rendered in this build, handed to the search index so it does not render
   * every body again; bounded to 64 M characters (about 128 MB).
   */
  public RenderedBodyText bodyTexts() {
    return bodyTexts;
  }

  public SearchIndexMode searchIndexMode() {
    return searchIndexMode;
  }

  public BuildProgress progress() {
    return progress;
  }

  public PageKeys keys() {
    return keys;
  }

  /** SHA-256 of a report source file by its display path. */
  public String sourceHash(String path) {
    return sourceHashes.getOrDefault(path, "");
  }

  /** The page models; fails when asked before the crawl finished. */
  public PageModels pages() {
    PageModels p = pages;
    if (p == null) {
      throw new IllegalStateException("content has not been crawled yet");
    }
    return p;
  }

  public SiteConfig siteConfig() {
    return siteConfig;
  }

  @Override
  public DocumentList<DocumentModel> getUnrenderedContent() {
    return new DocumentList<>();
  }

  @Override
  public long getDocumentCount(String docType) {
    return "report".equals(docType) && pages != null ? pages.index().published().size() : 0;
  }

  @Override
  public long getPublishedCount(String docType) {
    return getDocumentCount(docType);
  }
}
