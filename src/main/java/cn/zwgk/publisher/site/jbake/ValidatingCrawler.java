package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.metadata.ReportLoader;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.site.PageModels;
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

  /** {@code onLoaded} receives the validation result (warnings included) before rendering. */
  public ValidatingCrawler(
      ReportContentStore store,
      JBakeConfiguration config,
      ReportLoader loader,
      Consumer<ReportLoader.Result> onLoaded) {
    super(store, config);
    this.store = store;
    this.loader = loader;
    this.onLoaded = onLoaded;
  }

  @Override
  public void crawl() {
    store.progress().stage("validate", 0);
    ReportLoader.Result result = loader.load();
    if (result.hasErrors()) {
      throw new InvalidContentException(result.problems());
    }
    onLoaded.accept(result);
    SiteIndex index =
        SiteIndex.of(
            result.reports(), cn.zwgk.publisher.metadata.ReportKinds.of(store.siteConfig()));
    store.setPages(new PageModels(index, store.siteConfig()), result.sourceHashes());
  }

  /** The publisher has no data files: everything a page shows comes from reports. */
  @Override
  public void crawlDataFiles() {
    // Nothing to crawl; overridden so JBake does not scan a data/ folder into its database.
  }
}
