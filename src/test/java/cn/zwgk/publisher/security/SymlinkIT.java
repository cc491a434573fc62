package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Symlinks in a site source (git stores them, so a merge request can add one) never make the build
 * read outside the source: every link that leads out, wherever it is and whatever it names, fails
 * the build with an error naming the link, and nothing is published or written.
 */
class SymlinkIT {

  /** A name for the report, and how to plant the link: the link's path in the source is shown. */
  static Stream<Arguments> linksOut() {
    return Stream.of(
        plant(
            "an attachment",
            "content/reports/2024/puqianzhen-2024/原件.pdf",
            h ->
                h.header("attachments=原件.pdf")
                    .link(
                        "content/reports/2024/puqianzhen-2024/原件.pdf",
                        h.outside.resolve("secret.pdf"))),
        plant(
            "an image",
            "content/reports/2024/puqianzhen-2024/图1.png",
            h ->
                h.body("![示意图](puqianzhen-2024/图1.png)")
                    .link(
                        "content/reports/2024/puqianzhen-2024/图1.png",
                        h.outside.resolve("secret.png"))),
        plant(
            "a report's own folder",
            "content/reports/2024/puqianzhen-2024",
            h -> {
              h.outsideFile("folder/原件.pdf", Hostile.SECRET);
              h.header("attachments=原件.pdf")
                  .link("content/reports/2024/puqianzhen-2024", h.outside.resolve("folder"));
            }),
        plant(
            "a year folder of reports",
            "content/reports/2025",
            h -> {
              h.outsideFile("reports/leak-2025.md", leakingReport());
              h.link("content/reports/2025", h.outside.resolve("reports"));
            }),
        plant(
            "a report file",
            "content/reports/2024/leak-2024.md",
            h ->
                h.link(
                    "content/reports/2024/leak-2024.md",
                    h.outsideFile("leak.md", leakingReport()))),
        plant(
            "the content folder",
            "content/",
            h -> {
              copy(h.src.resolve("content"), h.outside.resolve("content"));
              h.outsideFile("content/reports/2024/leak-2024.md", leakingReport());
              delete(h.src.resolve("content"));
              h.link("content", h.outside.resolve("content"));
            }),
        plant(
            "the assets folder",
            "assets/",
            h -> {
              copy(h.src.resolve("assets"), h.outside.resolve("assets"));
              h.outsideFile("assets/css/leak.css", Hostile.SECRET);
              delete(h.src.resolve("assets"));
              h.link("assets", h.outside.resolve("assets"));
            }),
        plant(
            "a folder in assets",
            "assets/css/extra",
            h -> {
              h.outsideFile("dir/leak.css", Hostile.SECRET);
              h.link("assets/css/extra", h.outside.resolve("dir"));
            }),
        plant(
            "a file in assets",
            "assets/css/leak.css",
            h -> h.link("assets/css/leak.css", h.outside.resolve("secret.pdf"))),
        plant(
            "the templates folder",
            "templates/",
            h -> {
              copy(h.src.resolve("templates"), h.outside.resolve("templates"));
              h.outsideFile("templates/_leak.ftlh", Hostile.SECRET);
              delete(h.src.resolve("templates"));
              h.link("templates", h.outside.resolve("templates"));
            }),
        plant(
            "a template",
            "templates/_leak.ftlh",
            h -> h.link("templates/_leak.ftlh", h.outside.resolve("secret.pdf"))),
        plant(
            "jbake.properties",
            "jbake.properties",
            h -> {
              byte[] settings = read(h.src.resolve("jbake.properties"));
              Path copy =
                  h.outsideFile(
                      "jbake.properties",
                      concat(settings, "\nsite.title=".getBytes(), Hostile.SECRET));
              delete(h.src.resolve("jbake.properties"));
              h.link("jbake.properties", copy);
            }),
        plant(
            "the registry folder",
            "registry/",
            h -> {
              h.outsideFile("registry/issuers.csv", Hostile.SECRET);
              h.link("registry", h.outside.resolve("registry"));
            }),
        plant(
            "a link that leads nowhere",
            "content/reports/2024/puqianzhen-2024/原件.pdf",
            h ->
                h.header("attachments=原件.pdf")
                    .link(
                        "content/reports/2024/puqianzhen-2024/原件.pdf",
                        h.outside.resolve("not-there.pdf"))),
        plant(
            "a relative link climbing out",
            "content/reports/2024/puqianzhen-2024/图1.png",
            h ->
                h.body("![示意图](puqianzhen-2024/图1.png)")
                    .link(
                        "content/reports/2024/puqianzhen-2024/图1.png",
                        Path.of("../../../../../outside/secret.png"))),
        plant(
            "a link out of content into the rest of the source (.git/config)",
            "content/reports/2024/puqianzhen-2024/原件.pdf",
            h -> {
              write(h.src.resolve(".git/config"), Hostile.SECRET);
              h.header("attachments=原件.pdf")
                  .link(
                      "content/reports/2024/puqianzhen-2024/原件.pdf", h.src.resolve(".git/config"));
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("linksOut")
  void aLinkLeadingOutFailsTheBuildNamingTheLink(
      String what, String link, Consumer<Hostile> setUp, @TempDir Path dir) {
    Hostile h = new Hostile(dir);
    setUp.accept(h);
    h.armed();
    Trees.Run run = h.build();
    assertEquals(1, run.status(), run.printed());
    assertTrue(
        run.err().contains(link + ": symlink: to "),
        "the link is named: " + link + "\n" + run.printed());
    assertTrue(run.err().contains(" leaves "), run.printed());
    assertFalse(Files.exists(h.out), "nothing published");
    h.assertSafe(run);
  }

  @Test
  void aChainOfLinksIsJudgedByWhereItEnds(@TempDir Path dir) {
    Hostile h = new Hostile(dir);
    h.body("![示意图](puqianzhen-2024/a.png)")
        .link("content/reports/2024/puqianzhen-2024/b.png", h.outside.resolve("secret.png"))
        .link("content/reports/2024/puqianzhen-2024/a.png", Path.of("b.png"))
        .armed();
    Trees.Run run = h.build();
    assertEquals(1, run.status(), run.printed());
    assertTrue(
        run.err()
            .contains(
                "content/reports/2024/puqianzhen-2024/a.png: symlink: to b.png leaves content/"),
        run.printed());
    assertTrue(
        run.err().contains("content/reports/2024/puqianzhen-2024/b.png: symlink: to "),
        run.printed());
    h.assertSafe(run);
  }

  @Test
  void aNewReportIsNotWrittenThroughARegistryLinkedOutside(@TempDir Path dir) throws IOException {
    Hostile h = new Hostile(dir);
    Path registry = h.outside.resolve("registry");
    copy(Path.of("registry").toAbsolutePath(), registry);
    h.link("registry", registry).armed();
    Trees.Run run =
        Trees.cli(
            "new",
            "--source",
            h.src.toString(),
            "--township",
            "埔前镇",
            "--county",
            "源城区",
            "--year",
            "2026");
    assertEquals(1, run.status(), run.printed());
    assertTrue(run.err().contains("registry/: symlink: to "), run.printed());
    h.assertSafe(run);
  }

  @Test
  void aLinkThatStaysInsideContentIsFollowed(@TempDir Path dir) throws IOException {
    Hostile h = new Hostile(dir);
    Path shared = h.src.resolve("content/reports/2024/puqianzhen-2024/shared/原件.pdf");
    write(shared, "%PDF-1.4 signed original".getBytes());
    h.header("attachments=原件.pdf")
        .link("content/reports/2024/puqianzhen-2024/原件.pdf", Path.of("shared/原件.pdf"));
    Trees.Run run = h.build();
    assertEquals(0, run.status(), run.printed());
    Path published = h.out.resolve("reports/2024/puqianzhen-2024/原件.pdf");
    assertFalse(Files.isSymbolicLink(published), "published as a plain file");
    assertArrayEquals(read(shared), read(published));
    assertTrue(
        SiteManifest.read(h.out).entries().containsKey("reports/2024/puqianzhen-2024/原件.pdf"));
  }

  @Test
  void aSourceReachedThroughALinkedParentFolderBuilds(@TempDir Path dir) throws IOException {
    Path real = FixtureSite.copy("valid-basic", dir.resolve("real/src"));
    Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("real"));
    Trees.Run run = Trees.cli("build", "--source", dir.resolve("alias/src").toString());
    assertEquals(0, run.status(), run.printed());
    assertTrue(Files.isRegularFile(real.resolve("target/site/index.html")));
  }

  @Test
  void linksPlantedBesideTheOutputAreNeverWrittenThrough(@TempDir Path dir) throws IOException {
    Hostile h = new Hostile(dir);
    assertEquals(0, h.build().status());
    Path victims = Files.createDirectories(dir.resolve("victims"));
    Files.writeString(victims.resolve("file"), "keep me");
    Files.createDirectories(victims.resolve("folder"));
    Files.writeString(victims.resolve("folder/file"), "keep me too");
    Files.createSymbolicLink(dir.resolve(".out.cache.json.tmp"), victims.resolve("file"));
    Files.createSymbolicLink(dir.resolve(".out.staging"), victims.resolve("folder"));
    Files.createSymbolicLink(dir.resolve(".out.previous-1"), victims.resolve("folder"));
    var before = Trees.snapshot(victims);
    Trees.Run run = h.build();
    assertEquals(0, run.status(), run.printed());
    assertEquals(before, Trees.snapshot(victims));
  }

  @Test
  void theDefaultOutputIsNotSentOutOfTheSourceByALinkedTargetFolder(@TempDir Path dir)
      throws IOException {
    Hostile h = new Hostile(dir);
    Path elsewhere = Files.createDirectories(dir.resolve("www"));
    Files.createSymbolicLink(h.src.resolve("target"), elsewhere);
    h.armed();
    Trees.Run run = Trees.cli("build", "--source", h.src.toString());
    assertEquals(2, run.status(), run.printed());
    assertTrue(run.err().contains("a symlink on the way leads it to " + elsewhere), run.printed());
    assertEquals(java.util.List.of(), Files.list(elsewhere).toList());
  }

  @Test
  void thePreviewNeverWritesThroughALinkInItsFolder(@TempDir Path dir) throws Exception {
    Hostile h = new Hostile(dir);
    Path preview = h.src.resolve("target/preview");
    var request = new cn.zwgk.publisher.site.BuildRequest(h.src, preview).withoutCheck();
    var console = new java.io.PrintWriter(new java.io.StringWriter());
    cn.zwgk.publisher.preview.PreviewSession.start(request, 0, console).close();
    Path victim = h.outsideFile("victim.html", "keep me".getBytes());
    Files.delete(preview.resolve("index.html"));
    Files.createSymbolicLink(preview.resolve("index.html"), victim);
    cn.zwgk.publisher.preview.PreviewSession.start(request, 0, console).close();
    assertEquals("keep me", Files.readString(victim));
    assertFalse(Files.isSymbolicLink(preview.resolve("index.html")));
  }

  // --- set-up helpers ---

  private static Arguments plant(String what, String link, Consumer<Hostile> setUp) {
    return Arguments.of(what, link, setUp);
  }

  private static byte[] leakingReport() {
    try {
      String report =
          Files.readString(
              Path.of(
                  "src/test/resources/sites/valid-basic/content/reports/2024/puqianzhen-2024.md"));
      return (report.replace(
                  "index_number=11441602730470987N/2025-00002",
                  "index_number=11441602730470987N/2025-00099")
              + "\n"
              + new String(Hostile.SECRET)
              + "\n")
          .getBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    var out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path p, byte[] bytes) {
    try {
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) {
    FixtureSite.copyTree(from, to);
  }

  private static void delete(Path p) {
    cn.zwgk.publisher.testing.SampleSite.deleteRecursively(p);
  }
}
