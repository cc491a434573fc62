package cn.zwgk.publisher.site;

import cn.zwgk.publisher.problem.ExplainedException;
import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.jbake.app.Utensils;
import org.jbake.model.DocumentTypes;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.RenderingException;

/**
 * Does what JBake's {@code Oven.bake()} does with the same utensils — register the document types
 * of the configuration, crawl, run every {@link RenderingTool} found by {@link ServiceLoader}, copy
 * assets — without the two things the publisher cannot accept: {@code Oven} starts an embedded
 * OrientDB on every bake even though the publisher's store never uses it (3.7–5 s cold, 0.5 s warm,
 * measured by {@code bench.ContentStoreCostBenchmark}: too slow for a sub-second preview), and it
 * calls {@code Locale.setDefault}. Unlike {@code Oven}, failures are thrown, not only collected.
 */
final class Bakery {
  private Bakery() {}

  /** Bakes with {@code utensils}; throws with every rendering and asset error when any occurred. */
  static void bake(Utensils utensils) {
    var config = utensils.getConfiguration();
    DocumentTypes.resetDocumentTypes();
    ModelExtractors.getInstance().reset();
    for (String type : config.getDocumentTypes()) {
      DocumentTypes.addDocumentType(type);
    }
    utensils.getCrawler().crawl();
    List<String> errors = new ArrayList<>();
    for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
      try {
        tool.render(utensils.getRenderer(), utensils.getContentStore(), config);
      } catch (RenderingException e) {
        errors.add(e.getMessage());
      }
    }
    utensils.getAsset().copy();
    utensils.getAsset().copyAssetsFromContent(config.getContentFolder());
    for (Throwable t : utensils.getAsset().getErrors()) {
      errors.add("asset: " + t.getMessage());
    }
    if (!errors.isEmpty()) {
      throw new ExplainedException(Text.of("build.render_failed", String.join("\n", errors)), null);
    }
  }
}
