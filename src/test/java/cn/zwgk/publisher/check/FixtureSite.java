package cn.zwgk.publisher.check;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.metadata.ReportLoader;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.SiteBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A fixture site of {@code sites/<name>/} made buildable and built: its jbake.properties keeps its
 * own lines first (so their line numbers are as written) followed by the project's settings it does
 * not set; the project's templates/ and assets/ are added; it is built without the check; then
 * {@code tamper.properties}, when present, changes the built output as an attacker would.
 */
final class FixtureSite {
  /** "Today" of every fixture: 2025-02-01, 10:00 in Beijing. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-01T02:00:00Z"), ZoneOffset.UTC);

  /** The Maven project root, where the project's templates/, assets/ and jbake.properties are. */
  static final Path PROJECT = Path.of("").toAbsolutePath();

  private FixtureSite() {}

  /** The site source of fixture {@code name}, prepared in {@code dir}/source. */
  static Path source(String name, Path dir) {
    Path fixture = fixture(name);
    Path source = dir.resolve("source");
    copyTree(PROJECT.resolve("templates"), source.resolve("templates"));
    copyTree(PROJECT.resolve("assets"), source.resolve("assets"));
    copyTree(fixture, source);
    try {
      Files.deleteIfExists(source.resolve("tamper.properties"));
      Files.writeString(
          source.resolve(SiteConfig.FILE_NAME), properties(fixture), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return source;
  }

  /** Builds fixture {@code name} without the check into {@code dir}/site, tampered as it says. */
  static CheckInput build(String name, Path dir) {
    Path source = source(name, dir);
    Path site = dir.resolve("site");
    new SiteBuilder(CLOCK).build(new BuildRequest(source, site).withoutCheck());
    tamper(fixture(name).resolve("tamper.properties"), site);
    SiteConfig config = SiteConfig.load(source);
    ReportLoader.Result loaded = new ReportLoader(source, config, "~~~~~~").load();
    return new CheckInput(site, source, config, loaded.reports());
  }

  /** Checks a built fixture with the fixture clock. */
  static CheckResult check(CheckInput input) {
    return new SiteChecker(CLOCK).check(input);
  }

  /** A finding as one line: rule, severity, page, source:line, message (advice left out). */
  static String describe(Finding f) {
    return String.join(
        " | ",
        f.rule(),
        f.severity().label(),
        f.page(),
        f.source(),
        f.message(cn.zwgk.publisher.problem.Messages.ENGLISH));
  }

  static List<String> describe(CheckResult result) {
    return result.findings().stream().map(FixtureSite::describe).toList();
  }

  static Path fixture(String name) {
    try {
      var url = FixtureSite.class.getResource("sites/" + name);
      if (url == null) {
        throw new IllegalArgumentException("no fixture site " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fixture's own lines, then every project setting the fixture does not set. */
  private static String properties(Path fixture) throws IOException {
    String own = Files.readString(fixture.resolve(SiteConfig.FILE_NAME), StandardCharsets.UTF_8);
    Properties set = new Properties();
    try (Reader r = Files.newBufferedReader(fixture.resolve(SiteConfig.FILE_NAME))) {
      set.load(r);
    }
    Properties project = new Properties();
    try (Reader r = Files.newBufferedReader(PROJECT.resolve(SiteConfig.FILE_NAME))) {
      project.load(r);
    }
    StringBuilder out = new StringBuilder(own);
    if (!own.endsWith("\n")) {
      out.append('\n');
    }
    out.append("# --- added by the test from the project's jbake.properties ---\n");
    // The identity rule has a fixture of its own (in production); elsewhere its warning is noise.
    if (!set.containsKey("check.site_identity") && !set.containsKey("site.production")) {
      out.append("check.site_identity=off\n");
    }
    for (String key : project.stringPropertyNames().stream().sorted().toList()) {
      if (!set.containsKey(key)) {
        out.append(key)
            .append('=')
            .append(project.getProperty(key).replace("\\", "\\\\"))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** Applies the numbered page/find/replace entries of a tamper file; each find must match. */
  private static void tamper(Path file, Path site) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
      for (int i = 1; p.containsKey(i + ".page"); i++) {
        Path page = site.resolve(p.getProperty(i + ".page"));
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String find = p.getProperty(i + ".find");
        if (!html.contains(find)) {
          throw new IllegalStateException(file + " entry " + i + ": " + page + " has no " + find);
        }
        Files.writeString(
            page, html.replace(find, p.getProperty(i + ".replace", "")), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the folder {@code from} to {@code to}, hidden files included. */
  static void copy(Path from, Path to) {
    copyTree(from, to);
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      List<Path> all = new ArrayList<>(walk.toList());
      for (Path p : all) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
