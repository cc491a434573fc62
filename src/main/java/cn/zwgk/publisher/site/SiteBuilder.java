package cn.zwgk.publisher.site;

import cn.zwgk.publisher.check.CheckInput;
import cn.zwgk.publisher.check.SiteChecker;
import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.listing.YearPage;
import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.metadata.ReportLoader;
import cn.zwgk.publisher.paths.ContainedFolder;
import cn.zwgk.publisher.paths.PlainPath;
import cn.zwgk.publisher.paths.SourceLinks;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import cn.zwgk.publisher.render.MarkdownRenderer;
import cn.zwgk.publisher.site.jbake.LinkingAsset;
import cn.zwgk.publisher.site.jbake.ReportContentStore;
import cn.zwgk.publisher.site.jbake.ReportMarkupEngine;
import cn.zwgk.publisher.site.jbake.ValidatingCrawler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jbake.app.JBakeException;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/**
 * Builds the site: the only place that bootstraps JBake. Content is validated inside JBake's crawl
 * step (nothing is rendered when any report has an error), pages are baked with JBake's utensils —
 * the publisher's store, crawler, markup engine, template engine, rendering tools and asset step —
 * into a staging folder (see {@link Bakery} for why not through {@code Oven}), the manifest is
 * written last, and only then is the staging folder swapped in place of the previous output.
 *
 * <p>Not thread-safe: JBake keeps its engine and extractor registries in static state, so one build
 * runs at a time per JVM.
 */
public final class SiteBuilder {

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
          "kind",
          "kindgrid",
          "notfound",
          "feed",
          "sitemap",
          "search");

  /** Validation results of earlier builds by this builder (the preview keeps one builder). */
  private final Map<Path, ReportLoader.FileResult> validated = new ConcurrentHashMap<>();

  private String validatedWith = "";

  /** The page models of the previous build, reused by the next while nothing they read changed. */
  private final PageModelsMemo pageModels = new PageModelsMemo();

  private final BuildProgress progress;

  private boolean deleteInBackground;

  private boolean inPlace;

  /** The in-place output found free of symlinks ({@link #noLinksIn}), or null. */
  private volatile Path linkFreeOutput;

  /** The output lock a caller holds for this builder's builds ({@link #holdLock}), or null. */
  private volatile OutputLock held;

  private final List<Thread> deletions = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** "Today" for the pre-publication check; the baked pages never depend on it. */
  private final Clock clock;

  /** The code part of every cache key; tests stand in another build of the publisher. */
  private String code = CodeIdentity.current();

  public SiteBuilder() {
    this(BuildProgress.NONE, Clock.systemUTC());
  }

  public SiteBuilder(BuildProgress progress) {
    this(progress, Clock.systemUTC());
  }

  public SiteBuilder(Clock clock) {
    this(BuildProgress.NONE, clock);
  }

  public SiteBuilder(BuildProgress progress, Clock clock) {
    this.progress = Objects.requireNonNull(progress, "progress");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Builds {@code request}. Refused before anything is touched, with {@link
   * OutputRefusedException}, when the output is not a folder a build may replace ({@link
   * OutputFolder}) or another build or preview is writing to it ({@link OutputLock}); with {@link
   * InvalidContentException} when a symlink in the source leads out of it ({@link SourceLinks}).
   */
  public BuildSummary build(BuildRequest request) {
    long start = System.nanoTime();
    Path source = request.source().toAbsolutePath().normalize();
    Path output = request.output().toAbsolutePath().normalize();
    requireNoLinksOut(source);
    SiteConfig config = SiteConfig.load(source);
    requireFolder(source, "content");
    boolean underHeldLock = held != null && held.output().equals(output);
    if (!underHeldLock) {
      OutputFolder.requireReplaceable(source, output); // else checked when the lock was taken
    }
    OutputLock own = underHeldLock ? null : OutputLock.acquire(output);
    try {
      Path cacheFile = BuildCache.fileFor(output);
      BuildCache cache =
          request.full()
              ? BuildCache.empty(Text.of("build.cache.full"))
              : BuildCache.read(cacheFile);
      // The preview's first build is staged too: killed part-way, it leaves no half-built folder.
      // So is a rebuild of a folder holding a symlink: writing in place would write through it.
      if (inPlace
          && (cache.note().isEmpty() || OutputFolder.hasManifest(output))
          && noLinksIn(output)) {
        return buildInPlace(request, config, cache, start);
      }
      return buildStaged(request, config, cache, start);
    } finally {
      if (own != null) {
        own.close();
      }
    }
  }

  /**
   * Checks the output of {@code request} and takes its lock, for a caller that runs many builds
   * into it and keeps others out in between (the preview); hand the lock to {@link #holdLock}.
   */
  public static OutputLock lockOutput(BuildRequest request) {
    Path source = request.source().toAbsolutePath().normalize();
    Path output = request.output().toAbsolutePath().normalize();
    OutputFolder.requireReplaceable(source, output);
    return OutputLock.acquire(output);
  }

  /** Builds into the output of {@code lock} run under it instead of taking the lock each time. */
  public void holdLock(OutputLock lock) {
    this.held = Objects.requireNonNull(lock, "lock");
  }

  private BuildSummary buildStaged(
      BuildRequest request, SiteConfig config, BuildCache cache, long start) {
    Path source = request.source().toAbsolutePath().normalize();
    Path output = request.output().toAbsolutePath().normalize();
    Path cacheFile = BuildCache.fileFor(output);
    Path staging = OutputSwap.stagingFor(output);
    OutputSwap.deleteRecursively(staging);
    restoreOutputOfKilledSwap(output);
    OutputSwap.leftovers(output).forEach(this::discard);
    IncrementalOutput out = new IncrementalOutput(output, staging, cache);
    try {
      Files.createDirectories(staging);
      AtomicReference<ReportLoader.Result> loaded = new AtomicReference<>();
      ReportContentStore store = bake(request, config, out, loaded);
      int pages = out.pageCount();
      progress.stage("manifest", pages);
      SiteManifest manifest = out.manifest();
      // --- check (issue: check): the pre-publication gate; errors throw, the old output stays ---
      List<Problem> checkWarnings =
          request.check()
              ? new SiteChecker(clock, checkProgress())
                  .requirePassing(
                      new CheckInput(staging, source, config, loaded.get().reports())
                          .withIncremental(
                              new CheckInput.Incremental(
                                  checkCacheFile(output, request),
                                  manifest.hashes(),
                                  loaded.get().sourceHashes(),
                                  code)))
              : List.of();
      // --- end check ---
      progress.stage("swap", 0);
      manifest.write(staging);
      Path old = OutputSwap.replaceKeepingOld(staging, output);
      OutputSwap.deleteRecursively(old);
      out.nextCache(manifest, output).write(cacheFile);
      return summary(
          loaded.get(),
          checkWarnings,
          store.pages().index(),
          new BuildSummary.Pages(pages, out.writtenCount(), out.reusedCount(), cache.note()),
          output,
          Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + staging, e);
    } finally {
      progress.finish();
      removeStaging(staging);
    }
  }

  /**
   * Removes what a failed build left in {@code staging} (after a swap there is nothing). Best
   * effort: when a build fails part-way, its other rendering threads may still be writing there,
   * and a failure to delete must not hide the build's own error; the next build deletes what is
   * left before it starts.
   */
  private static void removeStaging(Path staging) {
    try {
      OutputSwap.deleteRecursively(staging);
    } catch (UncheckedIOException stillInUse) {
      // left for the next build, which deletes it first
    }
  }

  /**
   * Where the build's check keeps its findings for the next build: beside the build cache. A {@code
   * --full} build starts it afresh.
   */
  private static Path checkCacheFile(Path output, BuildRequest request) {
    Path file = CHECK_CACHE.apply(output);
    if (request.full()) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + file, e);
      }
    }
    return file;
  }

  private static final java.util.function.Function<Path, Path> CHECK_CACHE =
      output -> {
        Path abs = output.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".check.json");
      };

  private SiteChecker.CheckProgress checkProgress() {
    return new SiteChecker.CheckProgress() {
      @Override
      public void stage(String name, int total) {
        progress.stage(name, total);
      }

      @Override
      public void advance() {
        progress.advance();
      }
    };
  }

  /**
   * The preview's build: straight into the served folder (see {@link IncrementalOutput#inPlace});
   * validation still runs before anything is written. No check.
   */
  private BuildSummary buildInPlace(
      BuildRequest request, SiteConfig config, BuildCache cache, long start) {
    Path output = request.output().toAbsolutePath().normalize();
    IncrementalOutput out = IncrementalOutput.inPlace(output, cache);
    Path cacheFile = BuildCache.fileFor(output);
    try {
      Files.createDirectories(output);
      // From here until the new one is written, the folder is no finished site: no manifest says
      // so.
      Files.deleteIfExists(output.resolve(SiteManifest.FILE_NAME));
      AtomicReference<ReportLoader.Result> loaded = new AtomicReference<>();
      ReportContentStore store = bake(request, config, out, loaded);
      out.prune();
      SiteManifest manifest = out.manifest();
      manifest.write(output);
      out.nextCache(manifest, output).write(cacheFile);
      return summary(
          loaded.get(),
          List.of(),
          store.pages().index(),
          new BuildSummary.Pages(
              out.pageCount(), out.writtenCount(), out.reusedCount(), cache.note()),
          output,
          Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + output, e);
    } finally {
      progress.finish();
    }
  }

  private ReportContentStore bake(
      BuildRequest request,
      SiteConfig siteConfig,
      IncrementalOutput out,
      AtomicReference<ReportLoader.Result> loaded) {
    Path source = request.source().toAbsolutePath().normalize();
    DefaultJBakeConfiguration config;
    try {
      config =
          new JBakeConfigurationFactory()
              .createDefaultJbakeConfiguration(source.toFile(), out.staging().toFile(), true);
    } catch (JBakeException e) {
      throw new InvalidContentException(
          Problem.error(
              SiteConfig.FILE_NAME, 0, "config", Text.of("config.jbake", e.getMessage())));
    }
    disableJBakeDefaultPages(config);
    requireFoldersInside(source, config, siteConfig);
    try (Theme theme =
        Theme.prepare(config.getTemplateFolder().toPath(), config.getAssetFolder().toPath())) {
      useTheme(config, siteConfig, theme);
      requireTemplates(source, config, siteConfig);
      // JBake resolves duplicate md engines by classpath order: register ours explicitly.
      Engines.register("md", new ReportMarkupEngine(new MarkdownRenderer()));

      ReportContentStore store =
          new ReportContentStore(
              siteConfig,
              out,
              new PageKeys(source, theme.templates(), config::getTemplateByDocType, code),
              progress,
              request.search());
      Utensils utensils = new Utensils();
      utensils.setConfiguration(config);
      utensils.setContentStore(store);
      ReportLoader reports = loader(source, siteConfig, config); // sets validatedWith
      utensils.setCrawler(
          new ValidatingCrawler(store, config, reports, loaded::set, pageModels, validatedWith));
      utensils.setRenderer(new Renderer(store, config));
      utensils.setAsset(new LinkingAsset(config, out, store));
      Bakery.bake(utensils);
      return store;
    }
  }

  /**
   * Templates and assets come from the theme (the defaults overlaid by the portal's own files);
   * page-type settings the portal's jbake.properties leaves out come from the theme's defaults.
   */
  private static void useTheme(DefaultJBakeConfiguration config, SiteConfig site, Theme theme) {
    config.setTemplateFolder(theme.templates().toFile());
    config.setAssetFolder(theme.assets().toFile());
    // Over JBake's own defaults (feed.ftl, sitemap.ftl…), under the portal's jbake.properties.
    Theme.defaultSettings()
        .forEach(
            (key, value) -> {
              if (site.value(key).isEmpty()) {
                config.setProperty(key, value);
              }
            });
  }

  /**
   * A loader that reuses earlier results while what they were checked against is the same: the
   * settings, and the other files of content/ (a report's attachments and images must exist).
   */
  private ReportLoader loader(
      Path source, SiteConfig siteConfig, DefaultJBakeConfiguration config) {
    String settings =
        siteConfig.text()
            + "|"
            + config.getHeaderSeparator()
            + "|"
            + otherContentFiles(source)
            + "|"
            + registryText(source);
    if (!settings.equals(validatedWith)) {
      validated.clear();
      validatedWith = settings;
    }
    return new ReportLoader(source, siteConfig, config.getHeaderSeparator(), validated);
  }

  /** The issuer registry: each issuer's level and 索引号 scheme take part in validation. */
  private static String registryText(Path source) {
    Path registry = source.resolve(cn.zwgk.publisher.metadata.Issuers.PATH);
    try {
      return Files.isRegularFile(registry) ? Files.readString(registry) : "";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + registry, e);
    }
  }

  /** Path, size and time of every file under content/ that is not a report. */
  private static String otherContentFiles(Path source) {
    StringBuilder out = new StringBuilder();
    try (var walk = Files.walk(source.resolve("content"))) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        if (!p.getFileName().toString().endsWith(".md")) {
          out.append(p).append(':').append(Files.size(p)).append(':');
          out.append(Files.getLastModifiedTime(p).toMillis()).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + source.resolve("content"), e);
    }
    return out.toString();
  }

  /**
   * Whether the folder to write in place holds no symlink. Looked at on this builder's first
   * in-place build only (a walk of a large site costs a rebuild's worth of latency); a link appears
   * there later only if someone with access to the machine puts it there while the preview runs.
   */
  private boolean noLinksIn(Path output) {
    if (output.equals(linkFreeOutput)) {
      return true;
    }
    if (OutputFolder.holdsLinks(output)) {
      return false;
    }
    linkFreeOutput = output;
    return true;
  }

  /** Every symlink in the source that leads out of it is an error naming it; nothing is read. */
  private static void requireNoLinksOut(Path source) {
    List<Problem> problems = SourceLinks.escaping(source);
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
  }

  /**
   * A build killed between the two renames of {@link OutputSwap#replaceKeepingOld} leaves no output
   * and the previous one under its hidden name: it is put back rather than deleted as a leftover.
   */
  private static void restoreOutputOfKilledSwap(Path output) {
    if (Files.exists(output)) {
      return;
    }
    OutputSwap.leftovers(output).stream()
        .filter(p -> !Files.isSymbolicLink(p) && OutputFolder.hasManifest(p))
        .reduce((first, second) -> second)
        .ifPresent(
            previous -> {
              try {
                Files.move(previous, output, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
              } catch (IOException e) {
                throw new UncheckedIOException("cannot restore " + previous + " as " + output, e);
              }
            });
  }

  /**
   * The folders JBake reads (content.folder, asset.folder, template.folder in jbake.properties)
   * must be inside the source folder by real path.
   */
  private static void requireFoldersInside(
      Path source, DefaultJBakeConfiguration config, SiteConfig site) {
    ContainedFolder inside = ContainedFolder.of(source, Text.of("path.source_folder").toString());
    List<Problem> problems = new ArrayList<>();
    Map<String, java.io.File> folders =
        new java.util.TreeMap<>(
            Map.of(
                "content.folder", config.getContentFolder(),
                "asset.folder", config.getAssetFolder(),
                "template.folder", config.getTemplateFolder()));
    folders.forEach(
        (key, folder) ->
            inside
                .whyOutside(folder.toPath())
                .ifPresent(
                    why ->
                        problems.add(
                            Problem.error(
                                SiteConfig.FILE_NAME,
                                site.lineOf(key),
                                key,
                                Text.of("config.folder_outside", why)))));
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
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
      java.util.Optional<Text> notPlain =
          name == null || name.isBlank() ? java.util.Optional.empty() : PlainPath.whyNot(name);
      if (notPlain.isPresent()) {
        problems.add(
            Problem.error(
                SiteConfig.FILE_NAME,
                site.lineOf(key),
                key,
                Text.of("config.template.not_plain", name, notPlain.get(), type)));
      } else if (name == null || name.isBlank()) {
        problems.add(
            Problem.error(
                SiteConfig.FILE_NAME,
                site.lineOf(key),
                key,
                Text.of("config.template.unset", type)));
      } else if (!Files.isRegularFile(config.getTemplateFolder().toPath().resolve(name))) {
        problems.add(
            Problem.error(
                SiteConfig.FILE_NAME,
                site.lineOf(key),
                key,
                Text.of("config.template.missing", name)));
      } else if (!name.endsWith(".ftlh") && !name.endsWith(".ftlx")) {
        problems.add(
            Problem.error(
                SiteConfig.FILE_NAME,
                site.lineOf(key),
                key,
                Text.of("config.template.escaping", name)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
  }

  private static void requireFolder(Path source, String name) {
    if (!Files.isDirectory(source.resolve(name))) {
      throw new InvalidContentException(
          Problem.error(name + "/", 0, "folder", Text.of("build.folder_missing", source)));
    }
  }

  /** Deletes a replaced output: at once, or in the background for {@link #forPreview()}. */
  private void discard(Path old) {
    if (!deleteInBackground) {
      OutputSwap.deleteRecursively(old);
      return;
    }
    Thread t = new Thread(() -> OutputSwap.deleteRecursively(old), "delete-previous-output");
    t.setDaemon(true);
    t.start();
    deletions.add(t);
  }

  /** Waits for the background deletions of {@link #forPreview()} builds to finish. */
  public void awaitBackgroundWork() throws InterruptedException {
    for (Thread t : deletions) {
      t.join();
    }
    deletions.clear();
  }

  /**
   * A builder for the live preview: it writes into the served folder in place (only what changed;
   * see {@link IncrementalOutput#inPlace}) and deletes replaced outputs in the background.
   */
  /** This builder as another build of the publisher, whose code has identity {@code code}. */
  SiteBuilder asCode(String code) {
    this.code = Objects.requireNonNull(code, "code");
    return this;
  }

  public SiteBuilder forPreview() {
    SiteBuilder preview = new SiteBuilder(progress, clock);
    preview.code = code;
    preview.deleteInBackground = true;
    preview.inPlace = true;
    return preview;
  }

  private static BuildSummary summary(
      ReportLoader.Result result,
      List<Problem> checkWarnings,
      SiteIndex index,
      BuildSummary.Pages pages,
      Path output,
      Duration elapsed) {
    int drafts = (int) result.reports().stream().filter(r -> !r.isPublished()).count();
    List<Integer> years = index.years().stream().map(YearPage::year).sorted().toList();
    List<Problem> warnings =
        new ArrayList<>(result.problems().stream().filter(p -> !p.isError()).toList());
    warnings.addAll(checkWarnings);
    return new BuildSummary(
        index.published().size(),
        drafts,
        (int) index.townshipCount(),
        index.countyCount(),
        years,
        pages,
        warnings,
        output,
        elapsed);
  }
}
