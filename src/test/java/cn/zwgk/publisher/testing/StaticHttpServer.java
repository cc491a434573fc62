package cn.zwgk.publisher.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site folder over HTTP on 127.0.0.1 and a free port, the way a static web server
 * does: GET and HEAD only, {@code /dir/} serves {@code dir/index.html}, unknown paths get {@code
 * 404.html} with status 404, and nothing outside the folder can be read. The site can be mounted
 * under a path such as {@code /zwgk/}, as it is deployed (its 404 page links assets from there).
 * Records every request path and the bytes sent, so tests can assert what a page downloaded. For
 * integration tests; close it to stop. Thread-safe.
 */
public final class StaticHttpServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("pdf", "application/pdf"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

  /** One request served: its path (without query) and the bytes of the response body. */
  public record Request(String path, int status, long bytes) {}

  private final List<Request> requests = new ArrayList<>();
  private final Path root;
  private final String mount;
  private final HttpServer server;
  private final ExecutorService executor;

  private StaticHttpServer(Path root, String mount) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.mount = mount;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts serving {@code folder} at {@code /}. */
  public static StaticHttpServer serve(Path folder) {
    return serve(folder, "/");
  }

  /** Starts serving {@code folder} at {@code mount}, a path starting and ending with '/'. */
  public static StaticHttpServer serve(Path folder, String mount) {
    Objects.requireNonNull(folder, "folder");
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(folder + " is not a folder");
    }
    if (!mount.startsWith("/") || !mount.endsWith("/")) {
      throw new IllegalArgumentException("mount must start and end with '/': " + mount);
    }
    try {
      return new StaticHttpServer(folder, mount);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start an HTTP server on 127.0.0.1", e);
    }
  }

  /** The site's root URL, e.g. {@code http://127.0.0.1:PORT/zwgk/}. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + mount);
  }

  /**
   * The absolute URL of a site-relative path such as {@code reports/2024/a.html} or {@code
   * search.html?q=埔前镇} (appended as given).
   */
  public String url(String sitePath) {
    return base() + sitePath;
  }

  /** The requests served so far, oldest first. */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Forgets the requests served so far. */
  public synchronized void clearRequests() {
    requests.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Path file = resolve(exchange.getRequestURI().getPath());
      int status = 200;
      if (file == null) {
        status = 404;
        file = root.resolve("404.html");
      }
      byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
      exchange.getResponseHeaders().set("Content-Type", typeOf(file));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      if (method.equals("HEAD")) {
        exchange.sendResponseHeaders(status, -1);
        record(exchange, status, 0);
        return;
      }
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      record(exchange, status, body.length);
    }
  }

  private synchronized void record(HttpExchange exchange, int status, long bytes) {
    requests.add(new Request(exchange.getRequestURI().getPath(), status, bytes));
  }

  /** The file for a decoded request path, or null when there is none inside the root. */
  private Path resolve(String requestPath) {
    if (!requestPath.startsWith(mount)) {
      return null;
    }
    String relative = requestPath.substring(mount.length());
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      return null;
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    return Files.isRegularFile(file) ? file : null;
  }

  private static String typeOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
