package cn.zwgk.publisher.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real HTTP server whose document root is {@code DEPLOY/current}, resolved on every request as
 * nginx's {@code root …/current;} does, so tests see what visitors see after a switch.
 */
final class CurrentHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final Path root;
  private final HttpClient client = HttpClient.newHttpClient();

  CurrentHttpServer(Path deployFolder) throws IOException {
    this.root = deployFolder.resolve("current");
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
    Path file = root.resolve(path.substring(1)).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] body = Files.readAllBytes(file);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** GETs a site path; throws unless the answer is 200. */
  byte[] get(String sitePath) throws IOException, InterruptedException {
    String encoded = URLEncodedPath.encode(sitePath);
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + encoded);
    HttpResponse<byte[]> response =
        client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException(uri + " answered " + response.statusCode());
    }
    return response.body();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Percent-encodes each segment of a path (Chinese file names included). */
  private static final class URLEncodedPath {
    static String encode(String path) {
      StringBuilder out = new StringBuilder();
      for (String segment : path.split("/")) {
        if (out.length() > 0) {
          out.append('/');
        }
        out.append(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
      }
      return out.toString();
    }
  }
}
