package cn.zwgk.publisher.preview;

import cn.zwgk.publisher.problem.ExplainedException;
import cn.zwgk.publisher.problem.Text;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * Serves the built site from 127.0.0.1 only. HTML responses get the reload script appended (the
 * built files are never changed); {@code /__publisher/status} tells that script the build version
 * and the last build's errors, as a long poll parked in {@link StatusPolls} so that open pages
 * never hold a serving thread. Requests outside the site folder are refused, and so is every
 * request whose {@code Host} is not this server's loopback name and port: a web page whose host
 * name was re-bound to 127.0.0.1 (DNS rebinding) must not read the preview.
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

  private final HttpServer server;
  private final Path site;
  private final StatusPolls polls;
  private final byte[] script;
  private final Set<String> hosts;

  PreviewServer(int port, Path site, StatusBoard status) {
    this.site = site.toAbsolutePath().normalize();
    this.polls = new StatusPolls(status);
    this.script = resource("reload.js");
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new ExplainedException(
          Text.of("preview.port", port, String.valueOf(e.getMessage())), e);
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
    this.hosts = allowedHosts(port());
    server.start();
  }

  /** The Host values a browser sends for this server: the loopback names, with the port. */
  private static Set<String> allowedHosts(int port) {
    Set<String> out = new HashSet<>();
    for (String name : List.of("127.0.0.1", "localhost", "[::1]")) {
      out.add(name + ":" + port);
      if (port == 80) {
        out.add(name);
      }
    }
    return Set.copyOf(out);
  }

  /** Exactly one Host header, naming this server; anything else may be a rebound host name. */
  private boolean hostAllowed(HttpExchange exchange) {
    List<String> values = exchange.getRequestHeaders().get("Host");
    return values != null
        && values.size() == 1
        && hosts.contains(values.get(0).trim().toLowerCase(Locale.ROOT));
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (!hostAllowed(exchange)) {
      try (exchange) {
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(403, -1);
      }
      return;
    }
    String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
    if (path.equals(STATUS_PATH)) {
      // Answered later, from the polls' own thread: this serving thread is free at once.
      polls.accept(exchange, since(exchange));
      return;
    }
    try (exchange) {
      if (path.equals(SCRIPT_PATH)) {
        send(exchange, 200, TYPES.get("js"), script);
      } else {
        serveFile(exchange, path);
      }
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
    polls.close();
    server.stop(0);
  }
}
