package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.bench.CorpusGenerator;
import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.preview.PreviewSession;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.OutputLock;
import cn.zwgk.publisher.site.OutputRefusedException;
import cn.zwgk.publisher.testing.FixtureSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds into one output exclude each other (a second one is refused at once with exit 2, and
 * nothing of the first is disturbed), the preview holds the same lock while it serves, and a build
 * killed part-way leaves the previous site, with its manifest, exactly as it was: the next build
 * succeeds, removes what the killed one left and produces a complete site.
 */
class ConcurrentBuildIT {
  private static final String BUSY = "another build or preview is writing to ";

  @Test
  void aSecondBuildIsRefusedWhileTheOutputIsLocked(@TempDir Path dir) throws IOException {
    Path src = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path out = dir.resolve("out");
    assertEquals(0, build(src, out).status());
    Map<String, String> before = Trees.snapshot(dir);
    try (OutputLock held = OutputLock.acquire(out)) {
      Trees.Run second = build(src, out);
      assertEquals(2, second.status(), second.printed());
      assertTrue(second.err().contains(BUSY + out), second.printed());
      assertEquals(before, Trees.snapshot(dir), "the refused build touched nothing");
    }
    assertEquals(0, build(src, out).status(), "the lock is released");
  }

  @Test
  void thePreviewHoldsTheLockOfTheFolderItServes(@TempDir Path dir) throws Exception {
    Path src = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path preview = src.resolve("target/preview");
    BuildRequest request = new BuildRequest(src, preview).withoutCheck();
    StringWriter console = new StringWriter();
    try (PreviewSession session = PreviewSession.start(request, 0, new PrintWriter(console))) {
      assertTrue(Files.isRegularFile(preview.resolve("index.html")), console.toString());
      Trees.Run build = build(src, preview);
      assertEquals(2, build.status(), build.printed());
      assertTrue(build.err().contains(BUSY), build.printed());
      OutputRefusedException second =
          assertThrows(
              OutputRefusedException.class,
              () -> PreviewSession.start(request, 0, new PrintWriter(new StringWriter())));
      assertTrue(second.getMessage().startsWith(BUSY), second.getMessage());
      assertTrue(Files.isRegularFile(preview.resolve("index.html")), "still serving its site");
    }
    Trees.Run after = build(src, preview);
    assertEquals(0, after.status(), after.printed());
  }

  /**
   * A real {@code java -jar} build of a large site, killed while it renders: meanwhile a second
   * build is refused; afterwards the previous site is intact and the next build is complete.
   */
  @Test
  void aBuildKilledPartWayLeavesThePreviousSiteAndTheNextBuildIsComplete(@TempDir Path dir)
      throws Exception {
    Path jar =
        Path.of(System.getProperty("publisher.jar", "publisher/target/publisher.jar"))
            .toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "run after `mvn package`: " + jar);
    Path src = dir.resolve("src");
    new CorpusGenerator().generate(src, 1000, Path.of("").toAbsolutePath());
    Path out = dir.resolve("out");
    Trees.Run first = build(src, out, "--no-check");
    assertEquals(0, first.status(), first.printed());
    byte[] manifestBefore = Files.readAllBytes(out.resolve(SiteManifest.FILE_NAME));
    Path staging = dir.resolve(".out.staging");

    Process killed =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "build",
                "--source",
                src.toString(),
                "--output",
                out.toString(),
                "--full",
                "--no-check")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("killed.log").toFile())
            .start();
    try {
      awaitPagesIn(staging.resolve("reports"), killed, dir.resolve("killed.log"));
      Trees.Run second = build(src, out, "--no-check");
      assertEquals(2, second.status(), second.printed());
      assertTrue(second.err().contains(BUSY + out), second.printed());
    } finally {
      killed.destroyForcibly();
      assertTrue(killed.waitFor(5, TimeUnit.MINUTES), "the killed build ended");
    }
    assertNotEquals(0, killed.exitValue(), "killed before it finished");

    assertEquals(
        new String(manifestBefore, StandardCharsets.UTF_8),
        Files.readString(out.resolve(SiteManifest.FILE_NAME)),
        "the previous site is the one its manifest describes");
    assertEquals(SiteManifest.read(out).entries(), SiteManifest.scan(out).entries());
    assertFalse(
        Files.exists(staging.resolve(SiteManifest.FILE_NAME)),
        "no manifest describes the half-built staging folder");

    Trees.Run next = build(src, out, "--no-check");
    assertEquals(0, next.status(), next.printed());
    assertFalse(Files.exists(staging), "the killed build's staging folder is removed");
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(
          java.util.List.of(),
          siblings
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(".out.previous-") || n.startsWith(".out.staging"))
              .toList());
    }
    SiteManifest manifest = SiteManifest.read(out);
    assertEquals(manifest.entries(), SiteManifest.scan(out).entries(), "the manifest is complete");
    long reportPages =
        manifest.entries().keySet().stream()
            .filter(p -> p.startsWith("reports/") && p.endsWith(".html"))
            .count();
    assertEquals(1000, reportPages);
  }

  /** Waits until the build has rendered pages into {@code folder}; generous: CI is loaded. */
  private static void awaitPagesIn(Path folder, Process build, Path log)
      throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> years = Files.list(folder)) {
          if (years.findAny().isPresent()) {
            return;
          }
        } catch (IOException e) {
          // the folder is being written; look again
        }
      }
      if (!build.isAlive()) {
        throw new AssertionError("the build ended before it was killed:\n" + Files.readString(log));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no pages rendered in 10 minutes:\n" + Files.readString(log));
  }

  private static Trees.Run build(Path src, Path out, String... extra) {
    String[] args = new String[5 + extra.length];
    args[0] = "build";
    args[1] = "--source";
    args[2] = src.toString();
    args[3] = "--output";
    args[4] = out.toString();
    System.arraycopy(extra, 0, args, 5, extra.length);
    return Trees.cli(args);
  }
}
