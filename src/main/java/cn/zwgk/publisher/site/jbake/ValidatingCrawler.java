package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.metadata.ReportLoader;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.site.PageModels;
import cn.zwgk.publisher.site.PageModelsMemo;
import java.util.function.Consumer;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's crawl step, made strict. JBake's own crawler logs and skips a file with a bad header and
 * turns a bad date into the file's mtime; this one validates every report, and when any has an
 * error it throws with all problems before a single page is rendered.
 */
public final class ValidatingCrawler extends Crawler {
  private final ReportContentStore store;
  private final ReportLoader loader;
  private final Consumer<ReportLoader.Result> onLoaded;
  private final PageModelsMemo models;
  private final String settings;

  /**
   * {@code onLoaded} receives the validation result (warnings included) before rendering; the page
   * models come from {@code models}, where {@code settings} is everything besides the reports they
   * are made from.
   */
  public ValidatingCrawler(
      ReportContentStore store,
      JBakeConfiguration config,
      ReportLoader loader,
      Consumer<ReportLoader.Result> onLoaded,
      PageModelsMemo models,
      String settings) {
    super(store, config);
    this.store = store;
    this.loader = loader;
    this.onLoaded = onLoaded;
    this.models = models;
    this.settings = settings;
  }

  @Override
  public void crawl() {
    store.progress().stage("validate", 0);
    ReportLoader.Result result = loader.load();
    if (result.hasErrors()) {
      throw new InvalidContentException(result.problems());
    }
    onLoaded.accept(result);
    PageModels pages =
        models.of(
            result.reports(),
            settings,
            () ->
                new PageModels(
                    SiteIndex.of(
                        result.reports(),
                        cn.zwgk.publisher.metadata.ReportKinds.of(store.siteConfig())),
                    store.siteConfig()));
    store.setPages(pages, result.sourceHashes());
  }

  /** The publisher has no data files: everything a page shows comes from reports. */
  @Override
  public void crawlDataFiles() {
    // Nothing to crawl; overridden so JBake does not scan a data/ folder into its database.
  }
}
