package cn.zwgk.publisher.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Cleans the HTML of a report body so that no script survives: raw HTML an editor typed into
 * Markdown, and links with {@code javascript:} or other unknown protocols, are dropped; the
 * document structure (headings, paragraphs, lists, tables, emphasis, links, images) is kept.
 *
 * <p>The policy is {@link Safelist#relaxed()} plus {@code id} on headings (anchors), relative links
 * kept, and {@code rel="noopener"} on links. Built once; thread-safe.
 */
public final class BodySanitizer {
  /** Base for resolving relative links during cleaning; never appears in output. */
  private static final String BASE = "http://report.invalid/";

  // Parsed once: Jsoup parses a CSS query string on every select(String) call.
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Evaluator IMAGES = QueryParser.parse("img[src]");

  private final Cleaner cleaner;

  public BodySanitizer() {
    Safelist safelist =
        Safelist.relaxed()
            .addAttributes("h2", "id")
            .addAttributes("h3", "id")
            .addAttributes("h4", "id")
            .addAttributes("h5", "id")
            .addAttributes("h6", "id")
            .addAttributes("th", "scope")
            .preserveRelativeLinks(true);
    this.cleaner = new Cleaner(safelist);
  }

  /** The cleaned fragment, as HTML markup. */
  public String clean(String html) {
    return cleanBody(html).html();
  }

  /**
   * The cleaned fragment as the body element of a new document, so a caller that also needs its
   * text ({@link Element#text()}) does not serialize and parse it again.
   */
  public Element cleanBody(String html) {
    Document dirty = Jsoup.parseBodyFragment(html, BASE);
    Document clean = cleaner.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    for (Element a : clean.select(LINKS)) {
      String href = a.attr("href");
      if (href.startsWith(BASE)) {
        a.attr("href", href.substring(BASE.length()));
      }
    }
    for (Element img : clean.select(IMAGES)) {
      String src = img.attr("src");
      if (src.startsWith(BASE)) {
        img.attr("src", src.substring(BASE.length()));
      }
    }
    return clean.body();
  }
}
