package cn.zwgk.publisher.site;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.paths.SourceLinks;
import cn.zwgk.publisher.problem.Text;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which folder a build may replace. A build deletes its whole previous output, so a mistyped {@code
 * --output} (the source folder, {@code content/}, a folder above the source, a home folder) would
 * delete what is there. The output, judged by real path, may only be a new or empty folder or an
 * earlier build of this tool (it holds the tool's {@code .manifest.json}, or, for the preview built
 * in place, its build cache beside it), and may neither lie inside nor contain the source folder's
 * inputs ({@code content/}, {@code templates/}, {@code assets/}, {@code registry/}, {@code
 * jbake.properties}); the default {@code SOURCE/target/site} lies in the source folder but in no
 * input. The same holds for the hidden siblings a build writes (staging folder, replaced output,
 * cache, lock). Stateless.
 */
public final class OutputFolder {
  private static final JsonFactory JSON = new JsonFactory();

  private OutputFolder() {}

  /**
   * Throws {@link OutputRefusedException}, naming the reason, unless a build may replace output.
   */
  public static void requireReplaceable(Path source, Path output) {
    Path out = output.toAbsolutePath().normalize();
    if (out.getParent() == null) {
      throw refused(out, Text.of("output.root"));
    }
    Path realOut = realish(out);
    Path realSource = realish(source);
    if (realSource.equals(realOut)) {
      throw refused(out, Text.of("output.source"));
    }
    if (realSource.startsWith(realOut)) {
      throw refused(out, Text.of("output.holds_source", realSource));
    }
    Path sourceAbs = source.toAbsolutePath().normalize();
    if (out.startsWith(sourceAbs) && !realOut.startsWith(realSource)) {
      // e.g. a committed symlink target/ → /var/www: the default output would land out there
      throw refused(out, Text.of("output.symlink", realOut));
    }
    List<Path> inputs = inputs(source);
    for (Path candidate :
        List.of(
            out,
            OutputSwap.stagingFor(out),
            BuildCache.fileFor(out),
            OutputLock.fileFor(out),
            out.resolveSibling("." + out.getFileName() + ".previous-"))) {
      Path real = candidate.equals(out) ? realOut : realish(candidate);
      for (Path input : inputs) {
        if (real.startsWith(input)) {
          throw refused(out, Text.of("output.inside_input", shown(input), shownAs(candidate, out)));
        }
        if (input.startsWith(real)) {
          throw refused(out, Text.of("output.holds_input", shown(input), shownAs(candidate, out)));
        }
      }
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw refused(out, Text.of("output.file"));
    }
    if (Files.isDirectory(out) && !isEmpty(out) && !isEarlierBuild(out)) {
      throw refused(out, Text.of("output.not_empty", SiteManifest.FILE_NAME));
    }
  }

  /**
   * Whether {@code dir} is a finished build of this tool (its manifest names the tool), or the
   * preview's folder, built in place, whose last build left its cache beside it.
   */
  static boolean isEarlierBuild(Path dir) {
    return hasManifest(dir) || BuildCache.read(BuildCache.fileFor(dir)).note().isEmpty();
  }

  /**
   * Whether {@code dir} holds a symlink anywhere. The tool never writes one, and writing in place
   * (the preview) would write through it, so such a folder is rebuilt whole instead.
   */
  static boolean holdsLinks(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.anyMatch(Files::isSymbolicLink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Whether {@code dir} holds a manifest written by this tool (only its first field is read). */
  static boolean hasManifest(Path dir) {
    Path file = dir.resolve(SiteManifest.FILE_NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (JsonParser p = JSON.createParser(file.toFile())) {
      return p.nextToken() == JsonToken.START_OBJECT
          && "generator".equals(p.nextFieldName())
          && SiteManifest.GENERATOR.equals(p.nextTextValue());
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code content/ (/the/real/path)}: the input by name, and where it really is. */
  private static String shown(Path input) {
    String name = input.getFileName().toString();
    return (name.equals(SourceLinks.SETTINGS) ? name : name + "/") + " (" + input + ")";
  }

  private static Text shownAs(Path candidate, Path out) {
    return candidate.equals(out)
        ? Text.literal("")
        : Text.of("output.through", candidate.getFileName());
  }

  /** Real paths of the source folder's inputs that exist. */
  private static List<Path> inputs(Path source) {
    List<Path> inputs = new ArrayList<>();
    List<String> names = new ArrayList<>(SourceLinks.INPUT_FOLDERS);
    names.add(SourceLinks.SETTINGS);
    for (String name : names) {
      Path p = source.resolve(name);
      if (Files.exists(p)) {
        inputs.add(realish(p));
      }
    }
    return inputs;
  }

  /**
   * The real path of {@code p}, which need not exist: its nearest existing folder by real path,
   * then the rest of its name.
   */
  static Path realish(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs).toString()).normalize();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + existing, e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  static OutputRefusedException refused(Path output, Text why) {
    return new OutputRefusedException(Text.of("output.refused", output, why));
  }
}
