package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.preview.BuildStatus;
import cn.zwgk.publisher.preview.PreviewSession;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.SiteBuilder;
import cn.zwgk.publisher.testing.FixtureSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deeply nested bodies (issue 12, item 5): 10,000-deep quotes, lists and emphasis (10–30 KB) used
 * to end the build with a StackOverflowError naming no file and to kill the preview. Each shape now
 * refuses the build with {@code path:line}, and the preview reports it and keeps serving.
 */
class DeepNestingIT {
  private static final String REPORT = "content/reports/2024/puqianzhen-2024.md";
  private static final String LAST_LINE = "无其他需要报告的情况。";
  @TempDir Path dir;

  private static final Map<String, String> SHAPES =
      Map.of(
          "blockquotes", "> ".repeat(10_000) + "深",
          "lists", "- ".repeat(10_000) + "深",
          "ordered lists", "1. ".repeat(10_000) + "深",
          "emphasis", "*".repeat(10_000) + "深" + "*".repeat(10_000),
          "strong emphasis", "**a ".repeat(5_000) + "深" + " b**".repeat(5_000),
          "links in images", "![".repeat(5_000) + "深" + "](u)".repeat(5_000));

  private static void append(Path site, String markdown) throws IOException {
    Path report = site.resolve(REPORT);
    String text = Files.readString(report, StandardCharsets.UTF_8);
    Files.writeString(
        report, text.replace(LAST_LINE, LAST_LINE + "\n\n" + markdown), StandardCharsets.UTF_8);
  }

  /** The 1-based line of the body paragraph appended after {@link #LAST_LINE}. */
  private static int appendedLine(Path site) throws IOException {
    List<String> lines = Files.readAllLines(site.resolve(REPORT), StandardCharsets.UTF_8);
    return lines.indexOf(LAST_LINE) + 3;
  }

  @Test
  void everyDeepShapeRefusesTheBuildWithPathAndLine() throws IOException {
    for (Map.Entry<String, String> shape : SHAPES.entrySet()) {
      Path site = FixtureSite.copy("valid-basic", dir.resolve(shape.getKey()));
      append(site, shape.getValue());
      InvalidContentException e =
          assertThrows(
              InvalidContentException.class,
              () -> new SiteBuilder().build(new BuildRequest(site, dir.resolve("out"))),
              shape.getKey());
      assertEquals(
          List.of(
              REPORT
                  + ":"
                  + appendedLine(site)
                  + ": body: quotes, lists, emphasis or links nest more than 50 levels deep here"
                  + " (expected at most 50 levels inside one another; real reports need fewer than"
                  + " 10)"),
          e.problems().stream().filter(Problem::isError).map(Problem::format).toList(),
          shape.getKey());
    }
  }

  @Test
  void thePreviewReportsADeepBodyKeepsServingAndRecovers() throws Exception {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    StringWriter console = new StringWriter();
    HttpClient http = HttpClient.newHttpClient();
    try (PreviewSession session =
        PreviewSession.start(
            new BuildRequest(site, dir.resolve("preview")), 0, new PrintWriter(console, true))) {
      String original = Files.readString(site.resolve(REPORT), StandardCharsets.UTF_8);
      append(site, SHAPES.get("lists"));
      BuildStatus failed = await(session, s -> !s.errors().isEmpty(), console);
      assertTrue(
          // The preview speaks to editors, in Chinese: 正文 is the body.
          failed.errors().get(0).startsWith(REPORT + ":" + appendedLine(site) + ": 正文: "),
          failed.errors().toString());
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:"
                              + session.port()
                              + "/reports/2024/puqianzhen-2024.html"))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(200, page.statusCode(), "the last good site is still served");

      Files.writeString(site.resolve(REPORT), original + "\n", StandardCharsets.UTF_8);
      await(session, s -> s.errors().isEmpty() && s.version() == 2, console);
    }
  }

  private static BuildStatus await(
      PreviewSession session, Predicate<BuildStatus> done, StringWriter console)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (done.test(session.status())) {
        return session.status();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("status never reached; last " + session.status() + "\n" + console);
  }
}
