package cn.zwgk.publisher.site;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.listing.YearPage;
import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.metadata.ReportLoader;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.render.MarkdownRenderer;
import cn.zwgk.publisher.site.jbake.ReportContentStore;
import cn.zwgk.publisher.site.jbake.ReportMarkupEngine;
import cn.zwgk.publisher.site.jbake.ValidatingCrawler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jbake.app.Asset;
import org.jbake.app.JBakeException;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/**
 * Builds the site: the only place that bootstraps JBake. Content is validated inside JBake's crawl
 * step (nothing is rendered when any report has an error), pages are baked by {@code
 * Oven(Utensils)} with the publisher's store, crawler, markup engine, template engine and rendering
 * tools into a staging folder, the manifest is written last, and only then is the staging folder
 * swapped in place of the previous output.
 *
 * <p>Not thread-safe: JBake keeps its engine and extractor registries in static state, so one build
 * runs at a time per JVM.
 */
public final class SiteBuilder {
  /**
   * OrientDB, which JBake's Oven starts, logs its start-up banner through java.util.logging; held
   * here because JUL keeps loggers only weakly and would forget the level.
   */
  private static final java.util.logging.Logger ORIENTDB_LOG = quietOrientDb();

  private static java.util.logging.Logger quietOrientDb() {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("com.orientechnologies");
    log.setLevel(java.util.logging.Level.SEVERE);
    return log;
  }

  /** Page types and the template each must have (template.TYPE.file in jbake.properties). */
  static final List<String> PAGE_TYPES =
      List.of(
          "report",
          "home",
          "townships",
          "township",
          "years",
          "year",
          "grid",
          "notfound",
          "feed",
          "sitemap",
          "search");

  public BuildSummary build(BuildRequest request) {
    long start = System.nanoTime();
    Path source = request.source().toAbsolutePath().normalize();
    Path output = request.output().toAbsolutePath().normalize();
    SiteConfig config = SiteConfig.load(source);
    requireFolder(source, "content");
    requireFolder(source, "templates");
    Path staging = OutputSwap.stagingFor(output);
    OutputSwap.deleteRecursively(staging);
    try {
      Files.createDirectories(staging);
      AtomicReference<ReportLoader.Result> loaded = new AtomicReference<>();
      ReportContentStore store = bake(source, staging, config, loaded);
      int pages = countPages(staging);
      SiteManifest.scan(staging).write(staging);
      OutputSwap.replace(staging, output);
      return summary(
          loaded.get(),
          store.pages().index(),
          pages,
          output,
          Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + staging, e);
    } finally {
      OutputSwap.deleteRecursively(staging);
    }
  }

  private static ReportContentStore bake(
      Path source,
      Path staging,
      SiteConfig siteConfig,
      AtomicReference<ReportLoader.Result> loaded) {
    DefaultJBakeConfiguration config;
    try {
      config =
          new JBakeConfigurationFactory()
              .createDefaultJbakeConfiguration(source.toFile(), staging.toFile(), true);
    } catch (JBakeException e) {
      throw new InvalidContentException(
          Problem.error(
              SiteConfig.FILE_NAME,
              0,
              "config",
              "JBake rejected the configuration: " + e.getMessage()));
    }
    disableJBakeDefaultPages(config);
    requireTemplates(source, config, siteConfig);
    // JBake resolves duplicate md engines by classpath order: register ours explicitly.
    Engines.register("md", new ReportMarkupEngine(new MarkdownRenderer()));

    ReportContentStore store = new ReportContentStore(siteConfig);
    Utensils utensils = new Utensils();
    utensils.setConfiguration(config);
    utensils.setContentStore(store);
    utensils.setCrawler(new ValidatingCrawler(store, config, loaded::set));
    utensils.setRenderer(new Renderer(store, config));
    utensils.setAsset(new Asset(config));
    Oven oven = new Oven(utensils);
    oven.bake();
    List<Throwable> errors = oven.getErrors();
    if (!errors.isEmpty()) {
      List<String> messages = new ArrayList<>();
      for (Throwable t : errors) {
        messages.add(t.getMessage());
      }
      throw new IllegalStateException("rendering failed:\n" + String.join("\n", messages));
    }
    return store;
  }

  /** JBake's own index, archive, feed, tag, sitemap and 404 pages are replaced by ours. */
  private static void disableJBakeDefaultPages(DefaultJBakeConfiguration config) {
    for (String key :
        List.of(
            "render.index",
            "render.archive",
            "render.feed",
            "render.tags",
            "render.tagsindex",
            "render.sitemap",
            "render.error404")) {
      config.setProperty(key, false);
    }
    config.setProperty("db.store", "memory");
  }

  /** Every page type must name a template that exists: JBake would write an empty page instead. */
  private static void requireTemplates(
      Path source, DefaultJBakeConfiguration config, SiteConfig site) {
    List<Problem> problems = new ArrayList<>();
    for (String type : PAGE_TYPES) {
      String key = "template." + type + ".file";
      String name = config.getTemplateByDocType(type);
      if (name == null || name.isBlank()) {
        problems.add(
            Problem.error(
                SiteConfig.FILE_NAME,
                site.lineOf(key),
                key,
                "is not set (expected the template for "
                    + type
                    + " pages, e.g. "
                    + type
                    + ".ftlh)"));
      } else if (!Files.isRegularFile(config.getTemplateFolder().toPath().resolve(name))) {
        problems.add(
            Problem.error(
                SiteConfig.FILE_NAME,
                site.lineOf(key),
                key,
                "templates/" + name + " does not exist (expected a .ftlh or .ftlx template)"));
      } else if (!name.endsWith(".ftlh") && !name.endsWith(".ftlx")) {
        problems.add(
            Problem.error(
                SiteConfig.FILE_NAME,
                site.lineOf(key),
                key,
                "\""
                    + name
                    + "\" is not an auto-escaping template (expected .ftlh for HTML, .ftlx for XML)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
  }

  private static void requireFolder(Path source, String name) {
    if (!Files.isDirectory(source.resolve(name))) {
      throw new InvalidContentException(
          Problem.error(
              name + "/",
              0,
              "folder",
              "missing in "
                  + source
                  + " (expected the site source folder holding content/, templates/, assets/ and jbake.properties)"));
    }
  }

  private static int countPages(Path dir) {
    try (var files = Files.walk(dir)) {
      return (int)
          files
              .filter(
                  p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(".html") || n.endsWith(".xml");
                  })
              .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BuildSummary summary(
      ReportLoader.Result result, SiteIndex index, int pages, Path output, Duration elapsed) {
    int drafts = (int) result.reports().stream().filter(r -> !r.isPublished()).count();
    List<Integer> years = index.years().stream().map(YearPage::year).sorted().toList();
    List<Problem> warnings = result.problems().stream().filter(p -> !p.isError()).toList();
    return new BuildSummary(
        index.published().size(),
        drafts,
        index.townships().size(),
        index.countyCount(),
        years,
        pages,
        warnings,
        output,
        elapsed);
  }
}
