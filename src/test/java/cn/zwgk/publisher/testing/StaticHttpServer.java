package cn.zwgk.publisher.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a folder over HTTP on 127.0.0.1 at a free port, as a static web host would: GET and HEAD
 * only, {@code index.html} for folders, content types by extension, 404 for anything missing or
 * outside the folder. Records every request path and the bytes sent, so tests can assert what a
 * page downloaded. Start with {@link #serve}, stop with {@link #close}. Thread-safe.
 */
public final class StaticHttpServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("ico", "image/x-icon"));

  /** One request served: its path (without query) and the bytes of the response body. */
  public record Request(String path, int status, long bytes) {}

  private final Path root;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Request> requests = new ArrayList<>();

  private StaticHttpServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts serving {@code folder}. */
  public static StaticHttpServer serve(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(folder + " is not a folder");
    }
    try {
      return new StaticHttpServer(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start an HTTP server on 127.0.0.1", e);
    }
  }

  /** {@code http://127.0.0.1:PORT/} + {@code path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
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
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, path, 405, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      Path file = root.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        send(
            exchange,
            path,
            404,
            "text/plain; charset=utf-8",
            "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      byte[] body = method.equals("HEAD") ? new byte[0] : Files.readAllBytes(file);
      send(exchange, path, 200, type(file), body);
    }
  }

  private void send(HttpExchange exchange, String path, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    synchronized (this) {
      requests.add(new Request(path, status, body.length));
    }
  }

  private static String type(Path file) {
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
