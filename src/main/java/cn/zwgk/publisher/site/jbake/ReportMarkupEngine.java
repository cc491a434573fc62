package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.render.MarkdownRenderer;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's markup engine for {@code .md}, replacing JBake's own {@code MarkdownEngine} (which builds
 * a new Flexmark parser per document and passes raw HTML through). The body is rendered by one
 * shared {@link MarkdownRenderer} and sanitized. Safe for concurrent use as long as every call
 * passes the same configuration (JBake's {@code parse} stores it in a field).
 */
public final class ReportMarkupEngine extends MarkupEngine {
  private final MarkdownRenderer markdown;

  /** Used by JBake's descriptor-based registry. */
  public ReportMarkupEngine() {
    this(new MarkdownRenderer());
  }

  public ReportMarkupEngine(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  @Override
  public void processBody(ParserContext context) {
    context.setBody(markdown.toHtml(context.getBody()));
  }
}
