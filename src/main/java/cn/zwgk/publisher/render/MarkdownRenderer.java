package cn.zwgk.publisher.render;

import cn.zwgk.publisher.html.BodySanitizer;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Renders a report body from Markdown to sanitized HTML. JBake's own engine builds a new Flexmark
 * parser for every document; this one is built once and reused (Flexmark parsers and renderers are
 * immutable and thread-safe once built).
 */
public final class MarkdownRenderer {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final BodySanitizer sanitizer;

  public MarkdownRenderer(BodySanitizer sanitizer) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    // Chinese text has no spaces between sentences: a soft line break must not become one.
    options.set(HtmlRenderer.SOFT_BREAK, "");
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(TablesExtension.CLASS_NAME, "");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    this.sanitizer = sanitizer;
  }

  public MarkdownRenderer() {
    this(new BodySanitizer());
  }

  /** Markdown → HTML fragment, with raw HTML and unsafe URLs removed. */
  public String toHtml(String markdown) {
    return sanitizer.clean(renderer.render(parser.parse(OfficialHeadings.mark(markdown))));
  }

  /**
   * Markdown → sanitized HTML fragment and its plain text (what a reader sees, for the search
   * index), both from one sanitized tree.
   */
  public RenderedBody render(String markdown) {
    Node document = parser.parse(OfficialHeadings.mark(markdown));
    Element body = sanitizer.cleanBody(renderer.render(document));
    return new RenderedBody(body.html(), body.text());
  }

  /** A report body as sanitized HTML and as the plain text of that HTML. */
  public record RenderedBody(String html, String text) {}
}
