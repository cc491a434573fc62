package cn.zwgk.publisher.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A test site source in a temporary folder: a fixture's own files from {@code
 * src/test/resources/sites/NAME}, completed with the project's templates/, assets/ and
 * jbake.properties where the fixture has none, so fixtures hold only what they are about.
 */
public final class FixtureSite {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  private FixtureSite() {}

  /** Copies fixture {@code name} into {@code dir} and returns {@code dir}. */
  public static Path copy(String name, Path dir) {
    Path fixture = PROJECT.resolve("src/test/resources/sites").resolve(name);
    if (!Files.isDirectory(fixture)) {
      throw new IllegalArgumentException("no fixture site " + fixture);
    }
    copyTree(fixture, dir);
    for (String part : new String[] {"templates", "assets"}) {
      if (!Files.exists(dir.resolve(part))) {
        copyTree(PROJECT.resolve(part), dir.resolve(part));
      }
    }
    if (!Files.exists(dir.resolve("jbake.properties"))) {
      copyFile(PROJECT.resolve("jbake.properties"), dir.resolve("jbake.properties"));
    }
    return dir;
  }

  /** Copies every file under {@code from} to the same place under {@code to}. */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          copyFile(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyFile(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
