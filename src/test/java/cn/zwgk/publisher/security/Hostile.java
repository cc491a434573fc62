package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.testing.FixtureSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A hostile set-up in a temporary folder: a valid site source in {@code src/}, a secret planted
 * beside it in {@code outside/}, the output {@code out/}. {@link #assertSafe} checks the safe
 * outcome: the secret's bytes are in no file of the output or of its hidden siblings (staging,
 * cache), and nothing outside the output was written, deleted or replaced.
 */
final class Hostile {
  /** Bytes no real site holds: found in the output, they came from outside the source. */
  static final byte[] SECRET = "SECRET-7f3a9c-do-not-publish".getBytes(StandardCharsets.UTF_8);

  final Path dir;
  final Path src;
  final Path outside;
  final Path out;
  private Map<String, String> before;

  Hostile(Path dir) {
    this.dir = dir;
    this.src = FixtureSite.copy("valid-basic", dir.resolve("src"));
    this.outside = dir.resolve("outside");
    this.out = dir.resolve("out");
    try {
      Files.createDirectories(outside);
      Files.write(outside.resolve("secret.png"), SECRET);
      Files.write(outside.resolve("secret.pdf"), SECRET);
      Files.write(outside.resolve("x.png"), SECRET);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report every set-up edits: content/reports/2024/puqianzhen-2024.md. */
  Path report() {
    return src.resolve("content/reports/2024/puqianzhen-2024.md");
  }

  /** Adds {@code line} to the report's header. */
  Hostile header(String line) {
    edit(text -> text.replaceFirst("\n~~~~~~\n", "\n" + line + "\n~~~~~~\n"));
    return this;
  }

  /** Appends {@code markdown} to the report's body. */
  Hostile body(String markdown) {
    edit(text -> text + "\n" + markdown + "\n");
    return this;
  }

  private void edit(java.util.function.UnaryOperator<String> change) {
    try {
      Files.writeString(report(), change.apply(Files.readString(report())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Plants a symlink at {@code src/link} holding {@code target}. */
  Hostile link(String link, Path target) {
    try {
      Path at = src.resolve(link);
      Files.createDirectories(at.getParent());
      Files.deleteIfExists(at);
      Files.createSymbolicLink(at, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes a file under {@code outside/}. */
  Path outsideFile(String name, byte[] bytes) {
    try {
      Path file = outside.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Remembers everything outside the output, to compare after the build. */
  Hostile armed() {
    before = Trees.snapshot(dir, this::isOutput);
    return this;
  }

  Trees.Run build(String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "build";
    args[1] = "--source";
    args[2] = src.toString();
    args[3] = "--output=" + out;
    System.arraycopy(extra, 0, args, 4, extra.length);
    return Trees.cli(args);
  }

  /** The output and the hidden siblings a build may write (staging, cache, lock). */
  boolean isOutput(Path p) {
    Path first = dir.relativize(p).getName(0);
    return first.toString().equals("out") || first.toString().startsWith(".out.");
  }

  void assertSafe(Trees.Run run) {
    for (Path p : new Path[] {out, dir}) {
      var leaks = Trees.filesHolding(p, SECRET).stream().filter(this::isOutput).toList();
      assertTrue(leaks.isEmpty(), "secret published in " + leaks + "\n" + run.printed());
    }
    assertEquals(before, Trees.snapshot(dir, this::isOutput), "written outside the output");
    assertTrue(
        !Trees.contains(run.printed().getBytes(StandardCharsets.UTF_8), SECRET), run.printed());
  }
}
