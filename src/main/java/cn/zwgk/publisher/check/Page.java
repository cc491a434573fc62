package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One output page, parsed once and handed to every rule. Report pages know the report they were
 * baked from. Rules must not modify the document. Used by one thread at a time (pages are checked
 * in parallel, the rules of one page in sequence).
 */
public final class Page {
  private final String path;
  private final Document document;
  private final Optional<Report> report;
  private final boolean html;
  private String text;
  private String mainText;
  private List<PageLink> links;
  private Map<Element, SiteLinks.Link> hrefs;

  /** One URL of the page: the element, the attribute it is in, and where it points. */
  public record PageLink(Element element, String attribute, SiteLinks.Link link) {}

  Page(String path, Document document, Optional<Report> report, boolean html) {
    this.path = Objects.requireNonNull(path, "path");
    this.document = Objects.requireNonNull(document, "document");
    this.report = Objects.requireNonNull(report, "report");
    this.html = html;
  }

  /** Site-relative path with {@code /} separators, e.g. {@code reports/2025/qingxi-2025.html}. */
  public String path() {
    return path;
  }

  public Document document() {
    return document;
  }

  /** The report this page shows, for report pages. */
  public Optional<Report> report() {
    return report;
  }

  /** True for HTML pages, false for the XML feed and sitemap (checked for links only). */
  public boolean isHtml() {
    return html;
  }

  /**
   * Every {@code href}, {@code src} and {@code srcset} candidate of the page, resolved once and
   * shared by the rules, in document order.
   */
  public List<PageLink> links(CheckContext context) {
    if (links == null) {
      List<PageLink> all = new ArrayList<>();
      hrefs = new IdentityHashMap<>();
      for (Element e : document.select("[href], [src], [srcset]")) {
        for (String attribute : List.of("href", "src", "srcset")) {
          if (!e.hasAttr(attribute)) {
            continue;
          }
          for (String url : urls(e.attr(attribute), attribute)) {
            SiteLinks.Link link = context.links().resolve(path, url);
            all.add(new PageLink(e, attribute, link));
            if (attribute.equals("href")) {
              hrefs.putIfAbsent(e, link);
            }
          }
        }
      }
      links = List.copyOf(all);
    }
    return links;
  }

  /** Where the {@code href} of {@code element} points, or null when it has none. */
  public SiteLinks.Link href(Element element, CheckContext context) {
    links(context);
    return hrefs.get(element);
  }

  /** The text of {@code <main>} (of the body when there is none), computed once. */
  public String mainText() {
    if (mainText == null) {
      mainText = main().text();
    }
    return mainText;
  }

  /** The {@code <main>} element, or the body when the page has none. */
  public Element main() {
    Element main = document.selectFirst("main");
    return main != null ? main : document.body();
  }

  private static List<String> urls(String value, String attribute) {
    if (!attribute.equals("srcset")) {
      return List.of(value);
    }
    List<String> urls = new ArrayList<>();
    for (String candidate : value.split(",")) {
      String c = candidate.strip();
      if (!c.isEmpty()) {
        urls.add(c.split("\\s+")[0]);
      }
    }
    return urls;
  }

  /**
   * The words a reader or an inspection crawler sees: the title, the {@code content} of meta tags
   * and the body text without scripts and styles. A link to a report page whose text is that
   * report's title is left out (the report's own page is checked), so a spam word in a title is
   * reported once, on the report page; a link whose text differs from the title is kept.
   */
  public String text(CheckContext context) {
    if (text == null) {
      text = extractText(context);
    }
    return text;
  }

  private String extractText(CheckContext context) {
    StringBuilder out = new StringBuilder();
    out.append(document.title()).append('\n');
    for (Element meta : document.select("meta[content]")) {
      if (!meta.hasAttr("http-equiv") && !meta.attr("name").equals("viewport")) {
        out.append(meta.attr("content")).append('\n');
      }
    }
    Element body = document.body();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private Node skipped;

          @Override
          public void head(Node node, int depth) {
            if (skipped != null) {
              return;
            }
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            } else if (node instanceof Element e && skip(e, context)) {
              skipped = e;
            } else if (node instanceof Element e && e.isBlock()) {
              out.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node == skipped) {
              skipped = null;
            } else if (skipped == null && node instanceof Element e && e.isBlock()) {
              out.append('\n');
            }
          }
        },
        body);
    return out.toString();
  }

  private boolean skip(Element e, CheckContext context) {
    String tag = e.normalName();
    if (tag.equals("script") || tag.equals("style") || tag.equals("template")) {
      return true;
    }
    if (!tag.equals("a") || !e.hasAttr("href")) {
      return false;
    }
    SiteLinks.Link link = href(e, context);
    if (link == null || link.kind() != SiteLinks.Kind.INTERNAL || link.path().equals(path)) {
      return false;
    }
    Report linked = context.reportAt(link.path());
    return linked != null && e.text().strip().equals(linked.title());
  }
}
