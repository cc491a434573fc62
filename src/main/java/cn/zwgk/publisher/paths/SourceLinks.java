package cn.zwgk.publisher.paths;

import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the symlinks in a site source that lead out of where they are: git stores links, so a merge
 * request can add {@code content/reports/2024/pq/原件.pdf → /etc/passwd} or make a whole report or
 * assets folder a link, and the build would publish what it points to. An input ({@code content/},
 * {@code templates/}, {@code assets/}, {@code registry/}, {@code jbake.properties}) may itself be a
 * link to a place inside the source folder; a link inside an input folder may only point inside
 * that same folder (so not to {@code .git/config} beside it). A link that leads nowhere is refused
 * too: what it names could appear later. Stateless.
 */
public final class SourceLinks {
  /** The folders of a site source, with the label problems name them by. */
  public static final List<String> INPUT_FOLDERS =
      List.of("content", "templates", "assets", "registry");

  /** The settings file of a site source. */
  public static final String SETTINGS = "jbake.properties";

  private SourceLinks() {}

  /**
   * Every link under the inputs of {@code source} that leads out, as an error naming the link;
   * empty when there is none. Inputs that do not exist are skipped (the build says what is
   * missing).
   */
  public static List<Problem> escaping(Path source) {
    if (!Files.isDirectory(source)) {
      return List.of(); // the build says the source folder is missing
    }
    Path root = realPath(source);
    List<Problem> problems = new ArrayList<>();
    Path settings = source.resolve(SETTINGS);
    if (Files.isSymbolicLink(settings) && !inside(settings, root)) {
      problems.add(problem(SETTINGS, settings, Text.of("path.source_folder")));
    }
    for (String name : INPUT_FOLDERS) {
      Path folder = source.resolve(name);
      if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (Files.isSymbolicLink(folder) && !inside(folder, root)) {
        problems.add(problem(name + "/", folder, Text.of("path.source_folder")));
        continue;
      }
      if (Files.isDirectory(folder)) {
        problems.addAll(escapingIn(realPath(folder), name + "/"));
      }
    }
    return problems;
  }

  /** The links under {@code folder} (a real path) that lead out of it. */
  public static List<Problem> escapingIn(Path folder, String label) {
    List<Problem> problems = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isSymbolicLink() && !inside(file, folder)) {
                String shown = label + folder.relativize(file).toString().replace('\\', '/');
                problems.add(problem(shown, file, Text.literal(label)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              throw e;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    return problems;
  }

  /**
   * The text of a refused link: {@code to TARGET leaves FOLDER or leads nowhere (expected …)}. Says
   * what the link holds, not where it leads: that may be nowhere.
   */
  public static Text leaves(Path link, Text folder) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      target = "?";
    }
    return Text.of("path.link_leaves", target, folder);
  }

  private static Problem problem(String shown, Path link, Text folder) {
    return Problem.error(shown, 0, "symlink", leaves(link, folder));
  }

  private static boolean inside(Path link, Path root) {
    try {
      return link.toRealPath().startsWith(root);
    } catch (IOException e) {
      return false;
    }
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + p, e);
    }
  }
}
