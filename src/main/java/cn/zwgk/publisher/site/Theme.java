package cn.zwgk.publisher.site;

import cn.zwgk.publisher.paths.SourceLinks;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates and assets one build uses: the default theme that ships inside the publisher's jar,
 * overlaid file by file by the portal's own {@code templates/} and {@code assets/}. So a county
 * portal holds only the files it changes, and upgrading the publisher (a version bump in the
 * portal's POM) brings the new default pages with it.
 *
 * <p>The overlay is laid out in a private temporary folder that lives as long as this object
 * (templates and assets are a few dozen small files: copying them costs milliseconds). The portal's
 * files are copied, never linked, and a symbolic link among them is refused, so nothing outside the
 * source folder can reach the site through the theme. Not thread-safe; one per build.
 */
public final class Theme implements AutoCloseable {
  /** Where the default theme lives on the class path (the publisher module packages it there). */
  static final String RESOURCE_ROOT = "cn/zwgk/publisher/theme";

  private static final String DEFAULT_SETTINGS = RESOURCE_ROOT + "/theme.properties";

  private final Path root;

  private Theme(Path root) {
    this.root = root;
  }

  /**
   * Lays out the theme over the portal's own {@code templates} and {@code assets} folders (either
   * may be missing); close it when the build is done.
   */
  public static Theme prepare(Path templates, Path assets) {
    Map<String, Path> own = Map.of("templates", templates, "assets", assets);
    Path root;
    try {
      root = Files.createTempDirectory("publisher-theme-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for the theme", e);
    }
    Theme theme = new Theme(root);
    try {
      for (String part : List.of("templates", "assets")) {
        Path target = root.resolve(part);
        Files.createDirectories(target);
        copyDefaults(part, target);
        copyPortalFiles(own.get(part), part, target);
      }
      return theme;
    } catch (IOException e) {
      theme.close();
      throw new UncheckedIOException("cannot lay out the theme in " + root, e);
    } catch (RuntimeException e) {
      theme.close();
      throw e;
    }
  }

  /** The folder JBake and Freemarker read templates from. */
  public Path templates() {
    return root.resolve("templates");
  }

  /** The folder JBake copies to the site root. */
  public Path assets() {
    return root.resolve("assets");
  }

  /**
   * The theme's own settings (which template renders which page type, and their extensions), used
   * for every key the portal's jbake.properties does not set. Sorted, for stable keys.
   */
  public static Map<String, String> defaultSettings() {
    Properties p = new Properties();
    try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(DEFAULT_SETTINGS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_SETTINGS + " is missing from the class path");
      }
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_SETTINGS, e);
    }
    Map<String, String> out = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }

  @Override
  public void close() {
    OutputSwap.deleteRecursively(root);
  }

  private static void copyDefaults(String part, Path target) throws IOException {
    URL url = Theme.class.getClassLoader().getResource(RESOURCE_ROOT + "/" + part);
    if (url == null) {
      return; // a publisher built without a default theme: the portal must bring its own
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unreadable theme location " + url, e);
    }
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = openJar(uri)) {
        copyTree(jar.provider().getPath(uri), target);
      }
    } else {
      copyTree(Path.of(uri), target);
    }
  }

  private static FileSystem openJar(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (java.nio.file.FileSystemAlreadyExistsException e) {
      // Another build in this JVM has the jar open: copy through a view of our own.
      String jar = uri.getSchemeSpecificPart();
      Path file = Path.of(URI.create(jar.substring(0, jar.indexOf("!/"))));
      return FileSystems.newFileSystem(file);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /**
   * The portal's own files win over the defaults. A link is followed only when it stays inside its
   * folder, the rule of {@link SourceLinks} for every input of the build; a link to a folder is
   * refused (a theme has no use for one, and it could loop).
   */
  private static void copyPortalFiles(Path own, String part, Path target) throws IOException {
    if (!Files.isDirectory(own)) {
      return;
    }
    Path real = own.toRealPath();
    List<Problem> links = new ArrayList<>(SourceLinks.escapingIn(real, part + "/"));
    if (!links.isEmpty()) {
      throw new InvalidContentException(links);
    }
    try (Stream<Path> walk = Files.walk(real)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path relative = real.relativize(p);
        if (isHidden(relative)) {
          continue; // .gitkeep, .DS_Store…: not part of the theme, never published
        }
        Path to = target.resolve(relative.toString());
        if (Files.isSymbolicLink(p) && Files.isDirectory(p)) {
          links.add(linkToFolder(part + "/" + relative, p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(to);
        } else {
          Files.createDirectories(to.getParent());
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    if (!links.isEmpty()) {
      throw new InvalidContentException(links);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Problem linkToFolder(String display, Path link) {
    return Problem.error(display, 0, "symlink", Text.of("theme.link_to_folder"));
  }
}
