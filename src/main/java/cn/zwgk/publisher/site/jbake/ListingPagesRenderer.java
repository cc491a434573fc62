package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.listing.KindIndex;
import cn.zwgk.publisher.listing.Township;
import cn.zwgk.publisher.listing.YearPage;
import cn.zwgk.publisher.site.PageModels;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Renders the navigation pages: home, the township index and a page per township, the year index
 * and a page per year, the issuer × year grids, each kind's index, year pages and grid, and the 404
 * page.
 */
public final class ListingPagesRenderer extends PublisherRenderingTool {

  @Override
  int renderPages(PageWriter out, ReportContentStore store, JBakeConfiguration config) {
    PageModels pages = store.pages();
    int count = 0;
    count += out.write("home", "index.html", pages.homePage()) ? 1 : 0;
    count += out.write("townships", "townships/index.html", pages.townshipsPage()) ? 1 : 0;
    for (Township t : pages.index().townships()) {
      count += out.write("township", t.uri(), pages.townshipPage(t)) ? 1 : 0;
    }
    count += out.write("years", "years/index.html", pages.yearsPage()) ? 1 : 0;
    for (YearPage y : pages.index().years()) {
      count += out.write("year", y.uri(), pages.yearPage(y)) ? 1 : 0;
    }
    count += out.write("grid", "grid.html", pages.gridPage()) ? 1 : 0;
    for (KindIndex k : pages.index().kinds()) {
      if (k.published().isEmpty()) {
        continue;
      }
      count += out.write("kind", k.kind().indexUri(), pages.kindPage(k)) ? 1 : 0;
      count += out.write("kindgrid", k.kind().gridUri(), pages.kindGridPage(k)) ? 1 : 0;
      for (YearPage y : k.years()) {
        count += out.write("year", y.uri(), pages.kindYearPage(k, y)) ? 1 : 0;
      }
    }
    count += out.write("notfound", "404.html", pages.homePage()) ? 1 : 0;
    return count;
  }
}
