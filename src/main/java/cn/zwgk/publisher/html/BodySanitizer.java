package cn.zwgk.publisher.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML of a report body so that no script survives: raw HTML an editor typed into
 * Markdown, links and images with any scheme but those below, and event handlers are dropped; the
 * document structure (headings, paragraphs, lists, tables, emphasis, links, images) is kept.
 *
 * <p>What passes: the tags and attributes of Jsoup's {@link Safelist#relaxed()} (spelt out below,
 * so a Jsoup upgrade cannot widen it), {@code id} on {@code h2}–{@code h6} (heading anchors),
 * {@code scope} on {@code th}. URL attributes ({@code a href}, {@code img src}, {@code blockquote
 * cite}, {@code q cite}) are kept only when {@link AttributeUrl#isAllowed} accepts the final value:
 * a relative reference, or {@code http:}/{@code https:} ({@code mailto:} too for links). Jsoup
 * checks no URL itself; the check runs on the cleaned tree and nothing rewrites a value after it,
 * so the URL that reaches the page is the one that was checked.
 *
 * <p>A heading id that the page's own templates use (e.g. {@code main}, {@code search-q}) or that
 * an earlier heading of the body already has gets a {@code -1}, {@code -2}… suffix, so a body
 * cannot take over the page's landmarks, forms or scripts. Built once; thread-safe.
 */
public final class BodySanitizer {
  private static final Set<String> WEB = Set.of("http", "https");
  private static final Set<String> LINK = Set.of("http", "https", "mailto");

  /** Per tag, each URL attribute the safelist allows and the schemes it may use. */
  private static final Map<String, Map<String, Set<String>>> URL_ATTRIBUTES =
      Map.of(
          "a", Map.of("href", LINK),
          "img", Map.of("src", WEB),
          "blockquote", Map.of("cite", WEB),
          "q", Map.of("cite", WEB));

  /**
   * Ids the templates give page furniture ({@code templates/*.ftlh}; a test keeps this in step),
   * and the global the site's script reads, which an element id could shadow.
   */
  static final Set<String> PAGE_IDS =
      Set.of(
          "main",
          "attachments-heading",
          "entry-heading",
          "newest-heading",
          "font-size-label",
          "site-search-q",
          "search-county",
          "search-form",
          "search-hint",
          "search-more",
          "search-q",
          "search-results",
          "search-results-heading",
          "search-status",
          "search-township",
          "search-year",
          "kind-years",
          "kind-newest",
          "level-county",
          "level-township",
          "_ideconac",
          "_jiucuo_",
          "zwgkprefs");

  /**
   * Id shapes the templates number or name: {@code y2024}, {@code county-0}, {@code grid-report}.
   */
  private static final Pattern NUMBERED_PAGE_ID =
      Pattern.compile("y\\d+|county-\\d+|grid-[a-z0-9-]+");

  private final Cleaner cleaner;

  public BodySanitizer() {
    Safelist safelist =
        new Safelist()
            .addTags(
                "a",
                "b",
                "blockquote",
                "br",
                "caption",
                "cite",
                "code",
                "col",
                "colgroup",
                "dd",
                "div",
                "dl",
                "dt",
                "em",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "i",
                "img",
                "li",
                "ol",
                "p",
                "pre",
                "q",
                "small",
                "span",
                "strike",
                "strong",
                "sub",
                "sup",
                "table",
                "tbody",
                "td",
                "tfoot",
                "th",
                "thead",
                "tr",
                "u",
                "ul")
            .addAttributes("a", "href", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("col", "span", "width")
            .addAttributes("colgroup", "span", "width")
            .addAttributes("img", "align", "alt", "height", "src", "title", "width")
            .addAttributes("ol", "start", "type")
            .addAttributes("q", "cite")
            .addAttributes("table", "summary", "width")
            .addAttributes("td", "abbr", "axis", "colspan", "rowspan", "width")
            .addAttributes("th", "abbr", "axis", "colspan", "rowspan", "scope", "width")
            .addAttributes("ul", "type")
            .addAttributes("h2", "id")
            .addAttributes("h3", "id")
            .addAttributes("h4", "id")
            .addAttributes("h5", "id")
            .addAttributes("h6", "id");
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
    // No base URI: Jsoup resolves nothing, and the values checked below are the ones written.
    Document dirty = Jsoup.parseBodyFragment(html, "");
    Document clean = cleaner.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    Set<String> ids = new HashSet<>();
    for (Element e : clean.body().getAllElements()) {
      Map<String, Set<String>> urls = URL_ATTRIBUTES.get(e.normalName());
      if (urls != null) {
        urls.forEach(
            (attribute, schemes) -> {
              if (e.hasAttr(attribute) && !AttributeUrl.isAllowed(e.attr(attribute), schemes)) {
                e.removeAttr(attribute);
              }
            });
      }
      if (e.hasAttr("id")) {
        e.attr("id", unusedId(e.attr("id"), ids));
      }
    }
    return clean.body();
  }

  /** {@code id}, or it with the first free {@code -n} suffix when the page or body has it. */
  private static String unusedId(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 1; isPageId(candidate) || taken.contains(candidate); n++) {
      candidate = id + "-" + n;
    }
    taken.add(candidate);
    return candidate;
  }

  static boolean isPageId(String id) {
    String folded = id.strip().toLowerCase(Locale.ROOT);
    return PAGE_IDS.contains(folded) || NUMBERED_PAGE_ID.matcher(folded).matches();
  }
}
