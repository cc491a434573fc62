package cn.zwgk.publisher.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The code part of every cache key: a hash of the publisher's own classes and of the libraries that
 * shape its output (JBake, Flexmark, Jsoup, Freemarker, Jackson), taken from the build itself, plus
 * the Java runtime's version. A new build of the publisher (a fixed sanitizer, a changed renderer,
 * an upgraded library) has another identity, so no page, check result or validation made by the old
 * one is reused; nobody has to remember to bump a constant.
 *
 * <p>For a jar (the packaged publisher, or a library jar) the hash covers every entry's name, size
 * and CRC-32 as {@code mvn package} wrote them into the jar's central directory: a digest of the
 * content without reading 50 MB on every start. For a class folder ({@code target/classes}, when
 * run from the IDE or the tests) it covers every file's path and bytes.
 */
public final class CodeIdentity {
  /** Classes whose code sources make up what a build's output depends on. */
  private static final List<String> ANCHORS =
      List.of(
          "cn.zwgk.publisher.site.CodeIdentity",
          "org.jbake.app.Oven",
          "com.vladsch.flexmark.parser.Parser",
          "com.vladsch.flexmark.html.HtmlRenderer",
          "com.vladsch.flexmark.ext.tables.TablesExtension",
          "org.jsoup.Jsoup",
          "freemarker.template.Configuration",
          "com.fasterxml.jackson.databind.ObjectMapper");

  private static volatile String current;

  private CodeIdentity() {}

  /** This running publisher's identity (worked out once per JVM). */
  public static String current() {
    String id = current;
    if (id == null) {
      synchronized (CodeIdentity.class) {
        id = current;
        if (id == null) {
          id = of(locations());
          current = id;
        }
      }
    }
    return id;
  }

  /** The identity of the code at {@code locations} (jars or class folders), in this order. */
  static String of(List<Path> locations) {
    MessageDigest digest = PageKeys.newDigest();
    update(digest, "java=" + System.getProperty("java.vm.version") + "\n");
    for (Path location : locations) {
      update(digest, "location\n");
      if (Files.isDirectory(location)) {
        hashFolder(location, digest);
      } else {
        hashJar(location, digest);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static List<Path> locations() {
    Set<Path> found = new LinkedHashSet<>();
    for (String name : ANCHORS) {
      try {
        Class<?> c = Class.forName(name, false, CodeIdentity.class.getClassLoader());
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
          throw new IllegalStateException("no code source for " + name);
        }
        found.add(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("cannot locate the code of " + name, e);
      }
    }
    return new ArrayList<>(found);
  }

  private static void hashJar(Path jar, MessageDigest digest) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<String> lines = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        lines.add(entry.getName() + ' ' + entry.getSize() + ' ' + entry.getCrc());
      }
      lines.sort(null);
      for (String line : lines) {
        update(digest, line + '\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }

  private static void hashFolder(Path folder, MessageDigest digest) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    try {
      for (Path file : files) {
        update(digest, folder.relativize(file).toString().replace('\\', '/') + '\n');
        byte[] bytes = Files.readAllBytes(file);
        update(digest, bytes.length + "\n");
        digest.update(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
  }
}
