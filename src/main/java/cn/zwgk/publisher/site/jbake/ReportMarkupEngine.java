package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.annualreport.DisclosureFormParser;
import cn.zwgk.publisher.annualreport.DisclosureReportRules;
import cn.zwgk.publisher.annualreport.DisclosureTables;
import cn.zwgk.publisher.annualreport.DisclosureTablesHtml;
import cn.zwgk.publisher.content.HeaderField;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.metadata.BodyNesting;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.render.MarkdownRenderer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's markup engine for {@code .md}, replacing JBake's own {@code MarkdownEngine} (which builds
 * a new Flexmark parser per document and passes raw HTML through).
 *
 * <p>{@link #parse} reads the file with the same strict parser the crawl validated it with, instead
 * of JBake's lenient template method (which decodes malformed bytes silently, turns bad dates into
 * the file's mtime, and re-reads every setting through configuration interpolation per header line:
 * 13 % of a 10,000-report bake). The body is rendered as {@link #processBody} does (one shared
 * {@link MarkdownRenderer}, sanitized), and its plain text kept under {@link #BODY_TEXT}.
 * Thread-safe.
 */
public final class ReportMarkupEngine extends MarkupEngine {
  /** Key of the plain text of the sanitized body in a document {@link #parse} returns. */
  public static final String BODY_TEXT = "publisher.bodyText";

  private final MarkdownRenderer markdown;
  private final DisclosureFormParser disclosureForm = new DisclosureFormParser();
  private final DisclosureTablesHtml disclosureHtml = new DisclosureTablesHtml();

  /** Used by JBake's descriptor-based registry. */
  public ReportMarkupEngine() {
    this(new MarkdownRenderer());
  }

  public ReportMarkupEngine(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  @Override
  public DocumentModel parse(JBakeConfiguration config, File file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.toPath());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<Problem> problems = new ArrayList<>();
    SourceFile source =
        new SourceFileParser(config.getHeaderSeparator())
            .parse(sourcePath(config, file), file.toPath(), bytes, problems)
            .orElseThrow(() -> new InvalidContentException(problems));
    // Body lines are not needed by processBody; the context carries no copy of them.
    ParserContext context = new ParserContext(file, List.of(), config, true);
    DocumentModel document = context.getDocumentModel();
    for (HeaderField field : source.header().values()) {
      document.put(field.key(), field.value());
    }
    document.setType(source.field("type").map(HeaderField::value).orElse(""));
    document.setStatus(source.field("status").map(HeaderField::value).orElse(""));
    document.setTitle(source.field("title").map(HeaderField::value).orElse(""));
    // processBody's work, keeping the body's text too (the search index needs it).
    MarkdownRenderer.RenderedBody body;
    try {
      body = markdown.render(source.body());
    } catch (StackOverflowError tooDeep) {
      // Validation refuses such bodies; this keeps a miss from ending the build (or the preview)
      // with an error that names no file.
      throw new InvalidContentException(
          BodyNesting.tooDeepToRender(sourcePath(config, file), source.bodyLine()));
    }
    String html = body.html();
    if (DisclosureReportRules.applies(source)) {
      // Seam (issue 15): the national tables in their official layout (validated before baking).
      DisclosureTables tables =
          disclosureForm.parse(source.path(), source.body(), source.bodyLine(), new ArrayList<>());
      html = disclosureHtml.replace(html, tables);
    }
    context.setBody(html);
    document.put(BODY_TEXT, body.text());
    return document;
  }

  /** {@code file} relative to the site source, with '/' separators, as problems name files. */
  private static String sourcePath(JBakeConfiguration config, File file) {
    Path root = config.getSourceFolder().toPath().toAbsolutePath().normalize();
    Path path = file.toPath().toAbsolutePath().normalize();
    return (path.startsWith(root) ? root.relativize(path) : path).toString().replace('\\', '/');
  }

  @Override
  public void processBody(ParserContext context) {
    context.setBody(markdown.toHtml(context.getBody()));
  }
}
