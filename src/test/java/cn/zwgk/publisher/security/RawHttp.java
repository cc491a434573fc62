package cn.zwgk.publisher.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 by hand over a socket, so a test can send what a browser under an attacker's page would
 * (any Host header) and hold requests open or drop them.
 */
final class RawHttp {
  /** Generous: a loaded 2-core CI machine must never make a read time out. */
  static final int READ_TIMEOUT_MILLIS = 120_000;

  private RawHttp() {}

  /** Opens a connection to 127.0.0.1:{@code port} and sends {@code head} (CRLF added). */
  static Socket send(int port, String requestLine, String... headers) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    StringBuilder request = new StringBuilder(requestLine).append("\r\n");
    for (String h : headers) {
      request.append(h).append("\r\n");
    }
    request.append("\r\n");
    OutputStream out = socket.getOutputStream();
    out.write(request.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
    return socket;
  }

  /** Everything the server sends until it closes the connection. */
  static String readAll(Socket socket) throws IOException {
    try (socket;
        InputStream in = socket.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One request with {@code Connection: close}, and the whole response. */
  static String exchange(int port, String requestLine, String... headers) throws IOException {
    String[] all = new String[headers.length + 1];
    System.arraycopy(headers, 0, all, 0, headers.length);
    all[headers.length] = "Connection: close";
    return readAll(send(port, requestLine, all));
  }

  /** The status code of a raw response. */
  static int status(String response) {
    if (!response.startsWith("HTTP/1.1 ")) {
      throw new AssertionError("not an HTTP response: " + response);
    }
    return Integer.parseInt(response.substring(9, 12));
  }

  /** The body of a raw response (after the blank line). */
  static String body(String response) {
    int at = response.indexOf("\r\n\r\n");
    return at < 0 ? "" : response.substring(at + 4);
  }
}
