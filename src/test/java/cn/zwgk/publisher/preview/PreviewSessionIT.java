package cn.zwgk.publisher.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.testing.FixtureSite;
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
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server for real over HTTP on 127.0.0.1, with real file changes on disk. */
class PreviewSessionIT {
  private static final String REPORT = "content/reports/2024/puqianzhen-2024.md";
  private final HttpClient http = HttpClient.newHttpClient();
  private final StringWriter console = new StringWriter();
  @TempDir Path dir;
  Path site;
  PreviewSession session;

  @BeforeEach
  void start() {
    site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    session =
        PreviewSession.start(
            new BuildRequest(site, dir.resolve("preview")),
            0,
            new PrintWriter(console, true),
            cn.zwgk.publisher.problem.Messages.ENGLISH);
  }

  @AfterEach
  void stop() {
    session.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private BuildStatus awaitStatus(Predicate<BuildStatus> done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (done.test(session.status())) {
        return session.status();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("status never reached; last " + session.status() + "\n" + console);
  }

  private void edit(String from, String to) throws Exception {
    Path file = site.resolve(REPORT);
    Files.writeString(file, Files.readString(file).replace(from, to));
  }

  @Test
  void servesTheSiteWithTheReloadScriptAndStatus() throws Exception {
    HttpResponse<String> home = get("/");
    assertEquals(200, home.statusCode());
    assertTrue(
        home.body().contains("<script src=\"/__publisher/reload.js\" defer></script></body>"),
        home.body());
    assertEquals("{\"version\":1,\"errors\":[]}", get(PreviewServer.STATUS_PATH).body());
    assertTrue(get(PreviewServer.SCRIPT_PATH).body().contains("/__publisher/status"));
    assertEquals(404, get("/reports/2024/missing.html").statusCode());
  }

  @Test
  void statusWaitsForTheNextBuildWhenAskedSinceTheCurrentOne() throws Exception {
    var pending =
        http.sendAsync(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + session.port()
                            + PreviewServer.STATUS_PATH
                            + "?since=1"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Thread.sleep(500);
    assertTrue(!pending.isDone(), "answered before anything changed");
    edit("title=埔前镇2024年法治政府建设年度报告", "title=埔前镇2024年法治政府建设年度报告（长轮询）");
    assertEquals(
        "{\"version\":2,\"errors\":[]}",
        pending.get(180, java.util.concurrent.TimeUnit.SECONDS).body());
  }

  @Test
  void refusesPathsOutsideTheSite() throws Exception {
    int code = get("/../src/jbake.properties").statusCode();
    assertTrue(code == 403 || code == 404, "got " + code);
  }

  @Test
  void rebuildsAfterAnEditAndServesTheNewPage() throws Exception {
    edit("title=埔前镇2024年法治政府建设年度报告", "title=埔前镇2024年法治政府建设年度报告（修订）");
    awaitStatus(s -> s.version() == 2);
    assertTrue(get("/reports/2024/puqianzhen-2024.html").body().contains("埔前镇2024年法治政府建设年度报告（修订）"));
    assertTrue(console.toString().contains("rebuilt in"), console.toString());
  }

  @Test
  void contentErrorIsShownWhileTheLastGoodSiteKeepsBeingServed() throws Exception {
    edit("date=2025-01-02", "date=2025-02-30");
    BuildStatus failed = awaitStatus(s -> !s.errors().isEmpty());
    assertEquals(1, failed.version());
    assertEquals(
        REPORT + ":4: date: \"2025-02-30\" is not a calendar date (expected yyyy-MM-dd)",
        failed.errors().get(0));
    assertTrue(get(PreviewServer.STATUS_PATH).body().contains("is not a calendar date"));
    HttpResponse<String> page = get("/reports/2024/puqianzhen-2024.html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<td>2025-01-02</td>"), "last good page still served");
    assertTrue(console.toString().contains("build failed; still serving the last good site"));

    edit("date=2025-02-30", "date=2025-01-03");
    BuildStatus fixed = awaitStatus(s -> s.version() == 2);
    assertEquals(0, fixed.errors().size());
    assertTrue(get("/reports/2024/puqianzhen-2024.html").body().contains("<td>2025-01-03</td>"));
  }
}
