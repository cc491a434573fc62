package cn.zwgk.publisher.testing;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample site the browser tests read: the project's own {@code jbake.properties}, {@code
 * templates/}, {@code assets/} and {@code content/}, plus the reports of {@code sample-overlay/} (a
 * second township and county, a late report with attachments, an image, a table and all four
 * heading levels, a draft with an attachment that must stay unpublished). Built once per JVM with
 * {@link SiteBuilder} into {@code target/reader-sample/site}, so every test class shares it.
 */
public final class SampleSite {
  private static final Path WORK = Path.of("target", "reader-sample").toAbsolutePath();
  private static Path site;

  /** One page of each kind, by name: what the browser tests visit. */
  public static final Map<String, String> PAGES = pages();

  private SampleSite() {}

  private static Map<String, String> pages() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "index.html");
    pages.put("townships", "townships/index.html");
    pages.put("township", "townships/yanglizhen.html");
    pages.put("years", "years/index.html");
    pages.put("year", "years/2024.html");
    pages.put("grid", "grid.html");
    pages.put("report", "reports/2024/puqianzhen-2024.html");
    pages.put("report-with-attachments", "reports/2023/yanglizhen-2023.html");
    pages.put("search", "search.html");
    pages.put("disclosure-report", "reports/2024/yanglizhen-nb-2024.html");
    pages.put("disclosure-summary", "disclosure/index.html");
    pages.put("not-found", "404.html");
    return java.util.Collections.unmodifiableMap(pages);
  }

  /**
   * The pages of {@link #PAGES} the built site has: the search page arrives with the search feature
   * and is left out (with a note on stderr) while this branch has none.
   */
  public static Map<String, String> builtPages() {
    Map<String, String> built = new LinkedHashMap<>();
    PAGES.forEach(
        (name, path) -> {
          if (Files.isRegularFile(site().resolve(path))) {
            built.put(name, path);
          } else {
            System.err.println("sample site has no " + path + ": page \"" + name + "\" not tested");
          }
        });
    return built;
  }

  /**
   * The path the site is served under, from {@code site.host} in jbake.properties (e.g. {@code
   * /zwgk/}): the 404 page links its assets from there, so tests serve the site at that path.
   */
  public static String basePath() {
    String path = java.net.URI.create(SiteConfig.load(projectRoot()).siteHost()).getPath();
    return path.endsWith("/") ? path : path + "/";
  }

  /** Serves the sample site over HTTP on 127.0.0.1 at {@link #basePath()}. */
  public static StaticHttpServer serve() throws java.io.IOException {
    return StaticHttpServer.serve(site(), basePath());
  }

  /** The project folder: Maven runs tests there. */
  public static Path projectRoot() {
    return Path.of("").toAbsolutePath();
  }

  /** The source folder the sample site is built from (project files plus the overlay). */
  public static Path source() {
    site();
    return WORK.resolve("source");
  }

  /** The built site folder, building it on first use. */
  public static synchronized Path site() {
    if (site == null) {
      site = build();
    }
    return site;
  }

  /** Where tests write screenshots and PDFs for a person to look at: {@code target/screenshots}. */
  public static Path artifacts() {
    return projectRoot().resolve("target").resolve("screenshots");
  }

  private static Path build() {
    Path source = WORK.resolve("source");
    Path output = WORK.resolve("site");
    deleteRecursively(source);
    Path root = projectRoot();
    copyTree(root.resolve("jbake.properties"), source.resolve("jbake.properties"));
    for (String folder : List.of("templates", "assets", "content")) {
      copyTree(root.resolve(folder), source.resolve(folder));
    }
    requireNoCollision(overlay(), source);
    copyTree(overlay(), source);
    new SiteBuilder().build(new BuildRequest(source, output));
    return output;
  }

  /** The overlay only adds: replacing a project file would silently change what is tested. */
  private static void requireNoCollision(Path overlay, Path source) {
    try (Stream<Path> walk = Files.walk(overlay)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path target = source.resolve(overlay.relativize(p).toString());
        if (Files.exists(target)) {
          throw new IllegalStateException(
              "sample-overlay/" + overlay.relativize(p) + " would replace the project's own file");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path overlay() {
    URL url = SampleSite.class.getResource("sample-overlay");
    if (url == null) {
      throw new IllegalStateException("test resource sample-overlay/ is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a file or a folder tree, replacing files that exist. */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
    }
  }

  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
