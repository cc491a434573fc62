package cn.zwgk.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.testing.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/publisher}, as the README tells users to run the tool: the JVM accepts every setting
 * in {@code bin/jvm.options} (a misspelt one stops the JVM), and the packaged jar builds a site.
 */
class LauncherIT {
  @Test
  void buildsASiteWithTheTunedJvmSettings(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path output = dir.resolve("out");
    Process process =
        new ProcessBuilder(
                Path.of("bin/publisher").toAbsolutePath().toString(),
                "build",
                "--source",
                site.toString(),
                "--output",
                output.toString(),
                "--lang",
                "en")
            .redirectErrorStream(true)
            .start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), printed);
    assertEquals(0, process.exitValue(), printed);
    assertTrue(printed.contains("reports     3 published"), printed);
    assertTrue(Files.isRegularFile(output.resolve("index.html")), printed);
  }

  @Test
  void aHeapTooSmallForTheSiteIsSaidPlainlyAndLeavesThePreviousOutput(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path site = dir.resolve("src");
    cn.zwgk.publisher.bench.CorpusGenerator.main(
        new String[] {site.toString(), "1000", ".", "143"});
    Path output = dir.resolve("out");
    Process first = launch(site, output, "");
    String printed = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(first.waitFor(600, TimeUnit.SECONDS), printed);
    assertEquals(0, first.exitValue(), printed);
    String home = Files.readString(output.resolve("index.html"));

    // 1,000 reports do not fit in 24 MB: the build fails as an out-of-memory error, told in
    // Chinese with what to do, not as a stack trace, and the last good site stays.
    Process starved = launch(site, output, "-Xmx24m");
    printed = new String(starved.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(starved.waitFor(600, TimeUnit.SECONDS), printed);
    assertEquals(PublisherCli.EXIT_INVALID, starved.exitValue(), printed);
    assertTrue(printed.contains("内存不足") && printed.contains("-Xmx4g"), printed);
    assertTrue(!printed.contains("java.lang.OutOfMemoryError"), printed);
    assertEquals(home, Files.readString(output.resolve("index.html")));
  }

  private static Process launch(Path site, Path output, String javaOptions) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of("bin/publisher").toAbsolutePath().toString(),
                "build",
                "--full",
                "--no-check",
                "--source",
                site.toString(),
                "--output",
                output.toString())
            .redirectErrorStream(true);
    builder.environment().put("PUBLISHER_JAVA_OPTS", javaOptions);
    builder.environment().put("PUBLISHER_LANG", "zh");
    return builder.start();
  }
}
