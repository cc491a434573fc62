package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.site.PageModels;
import org.jbake.app.configuration.JBakeConfiguration;

/** Renders the Atom feed of the newest reports and the sitemap of every page. */
public final class FeedAndSitemapRenderer extends PublisherRenderingTool {

  @Override
  int renderPages(PageWriter out, ReportContentStore store, JBakeConfiguration config) {
    PageModels pages = store.pages();
    int count = 0;
    count += out.write("feed", "feed.xml", pages.feedPage()) ? 1 : 0;
    for (cn.zwgk.publisher.listing.KindIndex k : pages.index().kinds()) {
      if (!k.published().isEmpty()) {
        count += out.write("feed", k.kind().feedUri(), pages.kindFeedPage(k)) ? 1 : 0;
      }
    }
    count += out.write("sitemap", "sitemap.xml", pages.sitemapPage()) ? 1 : 0;
    return count;
  }
}
