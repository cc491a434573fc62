package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.preview.PreviewSession;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.testing.FixtureSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS rebinding: a page on {@code evil.example} whose name now resolves to 127.0.0.1 makes the
 * browser send {@code Host: evil.example}. The preview answers such requests with 403 and nothing
 * else, for files, the reload script and the status alike; its own loopback names are served.
 */
class PreviewHostCheckIT {
  @TempDir static Path dir;
  private static PreviewSession session;
  private static int port;

  @BeforeAll
  static void start() {
    Path site = FixtureSite.copy("valid-basic", dir.resolve("src"));
    session =
        PreviewSession.start(
            new BuildRequest(site, dir.resolve("preview")),
            0,
            new PrintWriter(new StringWriter(), true));
    port = session.port();
  }

  @AfterAll
  static void stop() {
    session.close();
  }

  private static void assertRefused(String path, String... headers) throws Exception {
    String response = RawHttp.exchange(port, "GET " + path + " HTTP/1.1", headers);
    assertEquals(403, RawHttp.status(response), response);
    assertEquals("", RawHttp.body(response), response);
  }

  @Test
  void aForeignHostGetsNothing() throws Exception {
    assertRefused("/", "Host: evil.example");
    assertRefused("/", "Host: evil.example:" + port);
    assertRefused("/index.html", "Host: 127.0.0.1.evil.example:" + port);
    assertRefused("/__publisher/reload.js", "Host: evil.example:" + port);
  }

  @Test
  void aForeignHostCannotReadTheBuildStatusNorParkAPoll() throws Exception {
    assertRefused("/__publisher/status", "Host: evil.example:" + port);
    assertRefused("/__publisher/status?since=1", "Host: evil.example:" + port);
  }

  @Test
  void theRightNameWithAnotherPortOrNoHostAtAllIsRefused() throws Exception {
    assertRefused("/", "Host: localhost:" + (port == 1 ? 2 : 1));
    assertRefused("/", "Host: 127.0.0.1");
    assertRefused("/");
    assertRefused("/", "Host: 127.0.0.1:" + port, "Host: evil.example");
  }

  @Test
  void theLoopbackNamesWithThePortAreServed() throws Exception {
    for (String host : new String[] {"127.0.0.1", "localhost", "LocalHost", "[::1]"}) {
      String response = RawHttp.exchange(port, "GET / HTTP/1.1", "Host: " + host + ":" + port);
      assertEquals(200, RawHttp.status(response), host + ": " + response);
      assertTrue(RawHttp.body(response).contains("/__publisher/reload.js"), host);
    }
  }
}
