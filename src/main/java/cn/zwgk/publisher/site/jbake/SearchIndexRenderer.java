package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.render.MarkdownRenderer;
import cn.zwgk.publisher.search.BigramTokenizer;
import cn.zwgk.publisher.search.ReportBodyText;
import cn.zwgk.publisher.search.SearchIndexBuilder;
import cn.zwgk.publisher.site.Pages;
import java.util.List;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Renders the search page and writes the static search index of the published reports into the
 * folder being baked (so the site manifest, computed after the bake, covers it). Bodies are read
 * again from the source files one batch at a time by {@link ReportBodyText}; the index itself is
 * built by the plain-Java {@link SearchIndexBuilder}.
 */
public final class SearchIndexRenderer extends PublisherRenderingTool {

  @Override
  int renderPages(PageWriter out, ReportContentStore store, JBakeConfiguration config) {
    SiteIndex index = store.pages().index();
    try {
      new SearchIndexBuilder(new BigramTokenizer())
          .build(
              index.published(),
              r -> index.townshipOf(r).slug(),
              new ReportBodyText(config.getHeaderSeparator(), new MarkdownRenderer()),
              config.getDestinationFolder().toPath());
    } catch (InvalidContentException e) {
      // A report changed between validation and indexing: its problems name file and line.
      out.fail("search index: " + e.getMessage());
      return 0;
    } catch (RuntimeException e) {
      out.fail("search index: " + e);
      return 0;
    }
    Pages.SearchPage page =
        new Pages.SearchPage(
            index.published().size(),
            List.of(new Pages.Crumb("首页", "index.html"), new Pages.Crumb("搜索", "search.html")));
    return out.write("search", "search.html", page) ? 1 : 0;
  }
}
