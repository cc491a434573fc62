package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A build replaces its whole output folder, so a mistyped {@code --output} must never delete the
 * source or anyone's files: an output that is, holds or lies inside the source's inputs, or an
 * unrelated folder with files in it, is refused with exit 2 and a message, before anything is
 * touched. An empty folder, a new one and an earlier build are replaced as before.
 */
class OutputFolderIT {

  /** A layout: the site source in {@code dir/work/src}, other files in {@code dir/work/docs}. */
  static Stream<Arguments> refusedOutputs() {
    return Stream.of(
        output("the source folder", d -> d.resolve("work/src"), "is the site source folder"),
        output(
            "content/",
            d -> d.resolve("work/src/content"),
            "lies inside the site source's content/"),
        output(
            "a folder in content/",
            d -> d.resolve("work/src/content/reports"),
            "lies inside the site source's content/"),
        output(
            "a new folder in content/",
            d -> d.resolve("work/src/content/site"),
            "lies inside the site source's content/"),
        output(
            "templates/",
            d -> d.resolve("work/src/templates"),
            "lies inside the site source's templates/"),
        output(
            "assets/", d -> d.resolve("work/src/assets"), "lies inside the site source's assets/"),
        output(
            "registry/",
            d -> d.resolve("work/src/registry"),
            "lies inside the site source's registry/"),
        output("jbake.properties", d -> d.resolve("work/src/jbake.properties"), "jbake.properties"),
        output(
            "the folder above the source", d -> d.resolve("work"), "holds the site source folder"),
        output("two folders above", d -> d, "holds the site source folder"),
        output(
            "the source, spelt with ..",
            d -> d.resolve("work/docs/../src"),
            "is the site source folder"),
        output(
            "an unrelated folder with files",
            d -> d.resolve("work/docs"),
            "is not empty and is not an earlier build"),
        output("a file", d -> d.resolve("work/docs/notes.txt"), "is a file"),
        output(
            "a link to content/",
            d -> d.resolve("work/link-to-content"),
            "lies inside the site source's content/"),
        output(
            "a folder under a link to the source",
            d -> d.resolve("work/link-to-src/content"),
            "lies inside the site source's content/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedOutputs")
  void aBuildIsRefusedAndNothingIsTouched(
      String what, Function<Path, Path> outputOf, String why, @TempDir Path dir)
      throws IOException {
    Path src = layout(dir);
    Map<String, String> before = Trees.snapshot(dir);
    Path output = outputOf.apply(dir);
    Trees.Run run = Trees.cli("build", "--source", src.toString(), "--output", output.toString());
    assertEquals(2, run.status(), run.printed());
    assertTrue(run.err().contains("error: output folder "), run.printed());
    assertTrue(run.err().contains(why), run.printed());
    assertTrue(run.err().contains("nothing was changed"), run.printed());
    assertEquals(before, Trees.snapshot(dir), "nothing written, moved or deleted");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedOutputs")
  void thePreviewIsRefusedTheSameWay(
      String what, Function<Path, Path> outputOf, String why, @TempDir Path dir)
      throws IOException {
    Path src = layout(dir);
    Map<String, String> before = Trees.snapshot(dir);
    Trees.Run run =
        Trees.cli(
            "serve",
            "--source",
            src.toString(),
            "--output",
            outputOf.apply(dir).toString(),
            "--port",
            "0");
    assertEquals(2, run.status(), run.printed());
    assertTrue(run.err().contains(why), run.printed());
    assertEquals(before, Trees.snapshot(dir), "nothing written, moved or deleted");
  }

  @Test
  void theDefaultOutputInsideTheSourceFolderStillWorks(@TempDir Path dir) throws IOException {
    Path src = layout(dir);
    assertEquals(0, Trees.cli("build", "--source", src.toString()).status());
    Trees.Run again = Trees.cli("build", "--source", src.toString());
    assertEquals(0, again.status(), again.printed());
    assertTrue(Files.isRegularFile(src.resolve("target/site/index.html")));
  }

  @Test
  void anEmptyFolderAndAnEarlierBuildAreReplaced(@TempDir Path dir) throws IOException {
    Path src = layout(dir);
    Path out = Files.createDirectories(dir.resolve("work/empty"));
    assertEquals(
        0, Trees.cli("build", "--source", src.toString(), "--output", out.toString()).status());
    Files.writeString(out.resolve("stale.html"), "left from the last build");
    Trees.Run again = Trees.cli("build", "--source", src.toString(), "--output", out.toString());
    assertEquals(0, again.status(), again.printed());
    assertFalse(Files.exists(out.resolve("stale.html")), "an earlier build is replaced whole");
    assertEquals(SiteManifest.scan(out).entries(), SiteManifest.read(out).entries());
  }

  @Test
  void aFolderWhoseManifestIsForeignIsNotAnEarlierBuild(@TempDir Path dir) throws IOException {
    Path src = layout(dir);
    Path out = Files.createDirectories(dir.resolve("work/other"));
    Files.writeString(out.resolve(".manifest.json"), "{\"generator\":\"someone else\"}");
    Files.writeString(out.resolve("photo.jpg"), "family photo");
    Map<String, String> before = Trees.snapshot(dir);
    Trees.Run run = Trees.cli("build", "--source", src.toString(), "--output", out.toString());
    assertEquals(2, run.status(), run.printed());
    assertEquals(before, Trees.snapshot(dir));
  }

  @Test
  void theSiblingsABuildWritesBesideTheOutputCannotBeAnInput(@TempDir Path dir) throws IOException {
    // --output work/src/x/site: the staging folder is work/src/x/.site.staging, all fine; but an
    // output named so that its lock file would be the settings file is refused.
    Path src = layout(dir);
    Files.move(src.resolve("jbake.properties"), src.resolve(".site.lock"));
    Files.createSymbolicLink(src.resolve("jbake.properties"), Path.of(".site.lock"));
    Map<String, String> before = Trees.snapshot(dir);
    Trees.Run run =
        Trees.cli("build", "--source", src.toString(), "--output", src.resolve("site").toString());
    assertEquals(2, run.status(), run.printed());
    assertTrue(run.err().contains("beside it"), run.printed());
    assertEquals(before, Trees.snapshot(dir));
  }

  private static Path layout(Path dir) throws IOException {
    Path src = FixtureSite.copy("valid-basic", dir.resolve("work/src"));
    FixtureSite.copyTree(Path.of("registry").toAbsolutePath(), src.resolve("registry"));
    Files.createDirectories(dir.resolve("work/docs"));
    Files.writeString(dir.resolve("work/docs/notes.txt"), "someone's notes");
    Files.createSymbolicLink(dir.resolve("work/link-to-content"), src.resolve("content"));
    Files.createSymbolicLink(dir.resolve("work/link-to-src"), src);
    return src;
  }

  private static Arguments output(String what, Function<Path, Path> outputOf, String why) {
    return Arguments.of(what, outputOf, why);
  }
}
