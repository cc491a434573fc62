package cn.zwgk.publisher.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the built site from 127.0.0.1 only. HTML responses get the reload script appended (the
 * built files are never changed); {@code /__publisher/status} tells that script the build version
 * and the last build's errors. Requests outside the site folder are refused.
 */
final class PreviewServer implements AutoCloseable {
  static final String STATUS_PATH = "/__publisher/status";
  static final String SCRIPT_PATH = "/__publisher/reload.js";
  private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\" defer></script>";
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json; charset=utf-8",
          "xml", "application/xml; charset=utf-8",
          "png", "image/png",
          "jpg", "image/jpeg",
          "svg", "image/svg+xml",
          "pdf", "application/pdf");

  /** How long a status request waits for a change before answering with the current status. */
  private static final long LONG_POLL_MILLIS = 25_000;

  private final HttpServer server;
  private final Path site;
  private final StatusBoard status;
  private final byte[] script;

  PreviewServer(int port, Path site, StatusBoard status) {
    this.site = site.toAbsolutePath().normalize();
    this.status = status;
    this.script = resource("reload.js");
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on 127.0.0.1:" + port + " (is the port in use? use --port)", e);
    }
    server.setExecutor(
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "preview-http");
              t.setDaemon(true);
              return t;
            }));
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path =
          URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      if (path.equals(STATUS_PATH)) {
        BuildStatus now = awaitChange(exchange);
        send(
            exchange,
            200,
            "application/json; charset=utf-8",
            now.toJson().getBytes(StandardCharsets.UTF_8));
      } else if (path.equals(SCRIPT_PATH)) {
        send(exchange, 200, TYPES.get("js"), script);
      } else {
        serveFile(exchange, path);
      }
    }
  }

  private BuildStatus awaitChange(HttpExchange exchange) {
    try {
      return status.awaitChange(since(exchange), LONG_POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return status.get();
    }
  }

  /** The version the page last saw ({@code ?since=N}), or -1 to answer at once. */
  private static long since(HttpExchange exchange) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null && query.startsWith("since=")) {
      try {
        return Long.parseLong(query.substring("since=".length()));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  private void serveFile(HttpExchange exchange, String path) throws IOException {
    Path file = site.resolve(path.substring(1)).normalize();
    if (!file.startsWith(site)) {
      send(
          exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    int code = 200;
    if (!Files.isRegularFile(file)) {
      file = site.resolve("404.html");
      code = 404;
      if (!Files.isRegularFile(file)) {
        send(
            exchange,
            404,
            TYPES.get("html"),
            withScript(
                "<!DOCTYPE html><title>no site yet</title><p>尚未生成站点。"
                    .getBytes(StandardCharsets.UTF_8)));
        return;
      }
    }
    String ext = extension(file);
    byte[] body = Files.readAllBytes(file);
    if (ext.equals("html")) {
      body = withScript(body);
    }
    send(exchange, code, TYPES.getOrDefault(ext, "application/octet-stream"), body);
  }

  private static byte[] withScript(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("</body>");
    String result =
        at < 0 ? text + SCRIPT_TAG : text.substring(0, at) + SCRIPT_TAG + text.substring(at);
    return result.getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int code, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(code, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static byte[] resource(String name) {
    try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
