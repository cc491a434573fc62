package cn.zwgk.publisher.render;

import cn.zwgk.publisher.html.BodySanitizer;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

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
    Node document = parser.parse(markdown);
    return sanitizer.clean(renderer.render(document));
  }
}
