package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.preview.PreviewSession;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.testing.FixtureSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open and abandoned long polls (pages waiting for the next build) must not take the threads that
 * serve files: with many polls open, some dropped by their clients, a page is still answered at
 * once, and a rebuild still reaches every poll that is left.
 */
class PreviewLongPollIT {
  private static final String REPORT = "content/reports/2024/puqianzhen-2024.md";
  @TempDir Path dir;
  private Path site;
  private PreviewSession session;

  @BeforeEach
  void start() {
    site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    session =
        PreviewSession.start(
            new BuildRequest(site, dir.resolve("preview")),
            0,
            new PrintWriter(new StringWriter(), true));
  }

  @AfterEach
  void stop() {
    session.close();
  }

  private Socket poll() throws Exception {
    return RawHttp.send(
        session.port(),
        "GET /__publisher/status?since=" + session.status().version() + " HTTP/1.1",
        "Host: 127.0.0.1:" + session.port(),
        "Connection: close");
  }

  private String page() throws Exception {
    return RawHttp.exchange(session.port(), "GET / HTTP/1.1", "Host: 127.0.0.1:" + session.port());
  }

  @Test
  void fiftyOpenPollsAndTwelveAbandonedOnesLeaveFileServingFree() throws Exception {
    List<Socket> open = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      open.add(poll());
    }
    List<Socket> abandoned = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      abandoned.add(poll());
    }
    // Gives the server time to take every poll in; the assertions below wait for nothing.
    Thread.sleep(1000);
    for (Socket s : abandoned) {
      s.close();
    }
    for (int i = 0; i < 5; i++) {
      String response = page();
      assertEquals(200, RawHttp.status(response), response);
    }
    for (Socket s : open) {
      assertEquals(0, s.getInputStream().available(), "a poll was answered before the pages");
    }
    Path file = site.resolve(REPORT);
    Files.writeString(file, Files.readString(file).replace("埔前镇2024年", "埔前镇2024年（轮询）"));
    for (Socket s : open) {
      String response = RawHttp.readAll(s);
      assertEquals(200, RawHttp.status(response), response);
      assertEquals("{\"version\":2,\"errors\":[]}", RawHttp.body(response));
    }
    assertEquals(200, RawHttp.status(page()));
  }

  @Test
  void beyondTheBoundTheOldestPollIsToldToRetryAndPagesStillServe() throws Exception {
    List<Socket> open = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      open.add(poll());
      // In order: the bound drops the oldest, so the order of arrival matters here.
      if (i == 0) {
        Thread.sleep(500);
      }
    }
    String oldest = RawHttp.readAll(open.get(0));
    assertEquals(503, RawHttp.status(oldest), oldest);
    assertTrue(oldest.toLowerCase(java.util.Locale.ROOT).contains("retry-after: 1"), oldest);
    assertEquals(200, RawHttp.status(page()));
    for (Socket s : open) {
      s.close();
    }
  }
}
