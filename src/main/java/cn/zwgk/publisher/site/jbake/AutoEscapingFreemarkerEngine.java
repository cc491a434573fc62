package cn.zwgk.publisher.site.jbake;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake template engine for {@code .ftlh} (HTML) and {@code .ftlx} (XML) Freemarker templates with
 * auto-escaping always on: every value a template prints is escaped for its output format unless it
 * is already markup (the sanitized report body). Unlike JBake's own Freemarker engine, template
 * errors are never swallowed, {@code ?api}/{@code ?new} are disabled, numbers print without
 * grouping (2024, not 2,024), and values missing from the page model are looked up through JBake's
 * model extractors. The Freemarker configuration is built once; rendering is thread-safe.
 */
public final class AutoEscapingFreemarkerEngine extends AbstractTemplateEngine {
  private final Configuration freemarker;

  public AutoEscapingFreemarkerEngine(JBakeConfiguration config, ContentStore db) {
    super(config, db);
    this.freemarker = configure(config);
  }

  private static Configuration configure(JBakeConfiguration config) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    try {
      cfg.setDirectoryForTemplateLoading(config.getTemplateFolder());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read templates in " + config.getTemplateFolder(), e);
    }
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
    cfg.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    return cfg;
  }

  /** Wraps already-sanitized HTML so templates print it as markup, not as escaped text. */
  public static freemarker.template.TemplateModel markup(String sanitizedHtml) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(sanitizedHtml);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("HTML output format rejected markup", e);
    }
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer)
      throws RenderingException {
    try {
      Template template = freemarker.getTemplate(templateName);
      template.process(new ExtractingModel(model, freemarker.getObjectWrapper()), writer);
    } catch (IOException | TemplateException e) {
      throw new RenderingException(new IOException(templateName + ": " + e.getMessage(), e));
    }
  }

  /**
   * What a template sees: the document's own keys (JBake nests them under {@code content}; they are
   * lifted to the top so templates read {@code page} and {@code root}), then JBake's model, then
   * JBake's model extractors for keys neither carries (e.g. {@code site}). An unknown key is null,
   * which Freemarker reports with template and line.
   */
  private final class ExtractingModel implements TemplateHashModel {
    private final Map<String, Object> eager;
    private final Map<?, ?> content;
    private final ObjectWrapper wrapper;

    ExtractingModel(TemplateModel eager, ObjectWrapper wrapper) {
      this.eager = eager;
      this.content = eager.getContent() == null ? Map.of() : eager.getContent();
      this.wrapper = wrapper;
    }

    @Override
    public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
      if (content.containsKey(key)) {
        return wrapper.wrap(content.get(key));
      }
      Object value = eager.get(key);
      if (value == null && !eager.containsKey(key)) {
        try {
          return extractors.extractAndTransform(db, key, eager, (k, v) -> wrap(v));
        } catch (NoModelExtractorException e) {
          return null;
        }
      }
      return wrapper.wrap(value);
    }

    private freemarker.template.TemplateModel wrap(Object value) {
      try {
        return wrapper.wrap(value);
      } catch (TemplateModelException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }
}
