package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import org.jsoup.nodes.Element;

/**
 * Empty columns (空白栏目): the home page, the township and year indexes, each township and year page,
 * and the grid must list at least one entry — a link in the main content to a report, a township, a
 * year or an issuer's page. Inspection fails a site with empty columns.
 */
final class EmptyColumnRule implements Rule {
  @Override
  public String id() {
    return "empty_column";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.isHtml() || !isColumn(page.path())) {
      return;
    }
    for (Element a : page.main().select("a[href]")) {
      SiteLinks.Link link = page.href(a, context);
      if (link.kind() == SiteLinks.Kind.INTERNAL && isEntry(link.path())) {
        return;
      }
    }
    out.add(page.path(), Text.of("check.empty_column"), Text.of("check.empty_column.advice"));
  }

  /** The pages that list entries: home, grid, and everything under townships/ and years/. */
  static boolean isColumn(String path) {
    return path.equals("index.html")
        || path.equals("grid.html")
        || path.startsWith("townships/")
        || path.startsWith("years/");
  }

  /**
   * A report, a township or year page, or an issuer's page: a site whose issuers are all county
   * bodies lists them on the township index by their issuer pages only.
   */
  private static boolean isEntry(String path) {
    if (path.startsWith("reports/")) {
      return true;
    }
    return (path.startsWith("townships/")
            || path.startsWith("years/")
            || path.startsWith("issuers/"))
        && !path.endsWith("/")
        && !path.endsWith("index.html");
  }
}
