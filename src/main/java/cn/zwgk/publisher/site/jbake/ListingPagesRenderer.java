package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.listing.KindIndex;
import cn.zwgk.publisher.listing.Township;
import cn.zwgk.publisher.listing.YearPage;
import cn.zwgk.publisher.site.PageModels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Renders the navigation pages: home, the township index and a page per township, the year index
 * and a page per year, the issuer × year grids, each kind's index, year pages and grid, and the 404
 * page. In parallel: a province has over a thousand township pages, and even an unchanged one costs
 * its model and key (the models are read-only once made).
 */
public final class ListingPagesRenderer extends PublisherRenderingTool {

  /** One page to write: its model is made on the thread that writes it. */
  private record Listing(String type, String uri, Supplier<Object> model) {}

  @Override
  int renderPages(PageWriter out, ReportContentStore store, JBakeConfiguration config) {
    PageModels pages = store.pages();
    List<Listing> all = new ArrayList<>();
    all.add(new Listing("home", "index.html", pages::homePage));
    all.add(new Listing("townships", "townships/index.html", pages::townshipsPage));
    for (Township t : pages.index().townships()) {
      all.add(new Listing("township", t.uri(), () -> pages.townshipPage(t)));
    }
    all.add(new Listing("years", "years/index.html", pages::yearsPage));
    for (YearPage y : pages.index().years()) {
      all.add(new Listing("year", y.uri(), () -> pages.yearPage(y)));
    }
    all.add(new Listing("grid", "grid.html", pages::gridPage));
    for (KindIndex k : pages.index().kinds()) {
      if (k.published().isEmpty()) {
        continue;
      }
      all.add(new Listing("kind", k.kind().indexUri(), () -> pages.kindPage(k)));
      all.add(new Listing("kindgrid", k.kind().gridUri(), () -> pages.kindGridPage(k)));
      for (YearPage y : k.years()) {
        all.add(new Listing("year", y.uri(), () -> pages.kindYearPage(k, y)));
      }
    }
    all.add(new Listing("notfound", "404.html", pages::homePage));
    return (int)
        all.parallelStream().filter(l -> out.writeSiteModel(l.type(), l.uri(), l.model())).count();
  }
}
