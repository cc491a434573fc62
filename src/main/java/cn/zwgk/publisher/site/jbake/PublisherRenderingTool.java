package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.paths.PlainPath;
import cn.zwgk.publisher.site.CanonicalModel;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Base of the publisher's rendering tools (registered in {@code META-INF/services}). A tool does
 * nothing unless the store is the publisher's, so JBake used on its own is unaffected. Every page
 * that fails is collected and reported together, and the bake fails.
 */
abstract class PublisherRenderingTool implements RenderingTool {

  @Override
  public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config)
      throws RenderingException {
    if (!(db instanceof ReportContentStore store)) {
      return 0;
    }
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    store.progress().stage(stageName(), 0);
    int count = renderPages(new PageWriter(renderer, errors, store), store, config);
    if (!errors.isEmpty()) {
      List<String> sorted = new ArrayList<>(errors);
      Collections.sort(sorted);
      throw new RenderingException(String.join("\n", sorted));
    }
    return count;
  }

  @Override
  public final int render(
      Renderer renderer,
      ContentStore db,
      File destination,
      File templatesPath,
      CompositeConfiguration config) {
    throw new UnsupportedOperationException("deprecated JBake entry point; bake with the utensils");
  }

  /** The stage this tool's work is shown as in the build's progress. */
  String stageName() {
    return getClass().getSimpleName().replace("Renderer", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** Renders this tool's pages through {@code out}; returns how many it wrote. */
  abstract int renderPages(PageWriter out, ReportContentStore store, JBakeConfiguration config);

  /**
   * Writes one page through JBake's renderer, collecting failures instead of stopping. A page whose
   * input key is unchanged since the previous build is reused instead of rendered.
   */
  static final class PageWriter {
    private final Renderer renderer;
    private final List<String> errors;
    private final ReportContentStore store;

    PageWriter(Renderer renderer, List<String> errors, ReportContentStore store) {
      this.renderer = renderer;
      this.errors = errors;
      this.store = store;
    }

    /**
     * Renders {@code page} (a record of the types {@link CanonicalModel} knows) with the template
     * of {@code type} to {@code uri}; true on success.
     */
    boolean write(String type, String uri, Object page) {
      String key = key(type, uri, CanonicalModel.of(page));
      return reuse(uri, key) || write(document(type, uri, page), key);
    }

    /**
     * Like {@link #write(String, String, Object)} for a page whose model {@code model} makes from
     * the site's {@link cn.zwgk.publisher.site.PageModels} alone: its fingerprint is kept there,
     * and the model is made only when the page must be rendered or has no fingerprint yet.
     */
    boolean writeSiteModel(String type, String uri, java.util.function.Supplier<Object> model) {
      String key = key(type, uri, store.pages().fingerprint(uri, model));
      return reuse(uri, key) || write(document(type, uri, model.get()), key);
    }

    String key(String type, String uri, String fingerprint) {
      return store.keys().key(type, uri, fingerprint);
    }

    /** True when the previous build's page for {@code key} was reused. */
    boolean reuse(String uri, String key) {
      return store.output().reuse(uri, key);
    }

    boolean write(DocumentModel document, String key) {
      // JBake writes the page at its uri under the output: one that could leave it is never
      // written.
      var notPlain = PlainPath.whyNot(document.getUri());
      if (notPlain.isPresent()) {
        errors.add(document.getUri() + ": not written: the page path " + notPlain.get());
        return false;
      }
      try {
        renderer.render(document);
        store.output().written(document.getUri(), key);
        return true;
      } catch (Exception e) {
        errors.add(document.getUri() + ": " + rootMessage(e));
        return false;
      }
    }

    ReportContentStore store() {
      return store;
    }

    void fail(String message) {
      errors.add(message);
    }

    static DocumentModel document(String type, String uri, Object page) {
      DocumentModel doc = new DocumentModel();
      doc.setType(type);
      doc.setUri(uri);
      doc.setStatus("published");
      doc.setRootPath(rootPath(uri));
      doc.put("page", page);
      doc.put("root", rootPath(uri));
      return doc;
    }

    /** "../" once per folder level of {@code uri}, so links work at any deploy path and offline. */
    static String rootPath(String uri) {
      int depth = 0;
      for (int i = 0; i < uri.length(); i++) {
        if (uri.charAt(i) == '/') {
          depth++;
        }
      }
      return "../".repeat(depth);
    }

    private static String rootMessage(Throwable e) {
      StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c.getMessage() != null && !message.toString().contains(c.getMessage())) {
          message.append(": ").append(c.getMessage());
        }
      }
      return message.toString();
    }
  }
}
