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
}
