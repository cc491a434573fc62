package cn.zwgk.publisher.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a finished build in place of the previous output. Builds go into a staging folder beside the
 * output; only a build that succeeded is swapped in, by two renames on the same file system, so a
 * failed build leaves the previous output exactly as it was.
 */
public final class OutputSwap {
  private static final String PREVIOUS = ".previous-";

  private OutputSwap() {}

  /** The staging folder for {@code output}: a hidden sibling, so the rename stays on one disk. */
  public static Path stagingFor(Path output) {
    return sibling(output, ".staging");
  }

  /**
   * Replaces {@code output} by {@code staging} and returns where the previous output now is (a
   * hidden sibling with a unique name), for the caller to delete when it suits it: the preview
   * deletes it in the background so the new pages are served sooner.
   */
  public static Path replaceKeepingOld(Path staging, Path output) {
    Path old = sibling(output, PREVIOUS + System.nanoTime());
    try {
      if (Files.exists(output)) {
        Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (Files.exists(old)) {
          Files.move(old, output, StandardCopyOption.ATOMIC_MOVE); // put the previous site back
        }
        throw e;
      }
      return old;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot move the new build from " + staging + " to " + output, e);
    }
  }

  /**
   * Replaced outputs a previous run left behind (its process ended before they were deleted):
   * hidden siblings named after {@code output}.
   */
  public static List<Path> leftovers(Path output) {
    Path abs = output.toAbsolutePath().normalize();
    String prefix = "." + abs.getFileName() + PREVIOUS;
    try (Stream<Path> siblings = Files.list(abs.getParent())) {
      return siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Deletes {@code dir} and everything in it; nothing happens when it does not exist. */
  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              if (e != null) {
                throw e;
              }
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  private static Path sibling(Path output, String suffix) {
    Path abs = output.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + suffix);
  }
}
