package cn.zwgk.publisher.bench;

import cn.zwgk.publisher.preview.PreviewSession;
import cn.zwgk.publisher.site.BuildRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Time from saving an edit to one report until the preview serves the changed page: the file
 * watcher, the incremental rebuild and the long-polled status the open page waits on, measured over
 * HTTP on 127.0.0.1 like a browser would see it. Prints each run and the median.
 *
 * <p>Usage: {@code java -cp target/publisher.jar cn.zwgk.publisher.bench.PreviewLatencyBenchmark
 * SOURCE REPORT_PATH [RUNS]} (REPORT_PATH relative to SOURCE, e.g. content/reports/2020/t5-2020.md,
 * whose page is reports/2020/t5-2020.html).
 */
public final class PreviewLatencyBenchmark {
  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    String report = args[1];
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    String page = report.replaceFirst("^content/", "").replaceFirst("\\.md$", ".html");
    HttpClient http = HttpClient.newHttpClient();
    StringWriter log = new StringWriter();
    long started = System.nanoTime();
    try (PreviewSession session =
        PreviewSession.start(
            new BuildRequest(source, source.resolve("target/preview-bench")).withoutCheck(),
            0,
            new PrintWriter(log, true))) {
      System.out.printf(
          "initial build and server start: %.1f s%n", (System.nanoTime() - started) / 1e9);
      String base = "http://127.0.0.1:" + session.port();
      double[] millis = new double[runs];
      for (int i = 0; i < runs; i++) {
        long version = session.status().version();
        String marker = "预览测量标记" + i + "-" + System.nanoTime();
        long t0 = System.nanoTime();
        Files.writeString(
            source.resolve(report),
            "\n" + marker + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
        String status = get(http, base + "/__publisher/status?since=" + version);
        String body = get(http, base + "/" + page);
        millis[i] = (System.nanoTime() - t0) / 1e6;
        if (!body.contains(marker)) {
          throw new IllegalStateException("page not updated; status " + status + "\n" + log);
        }
        System.out.printf("run %d: %.0f ms%n", i + 1, millis[i]);
        session.awaitIdle(); // an editor's next save comes after the search index caught up
      }
      System.out.print(log);
      Arrays.sort(millis);
      System.out.printf(
          "median edit-to-served latency: %.0f ms over %d runs%n", millis[runs / 2], runs);
    }
  }

  private static String get(HttpClient http, String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .body();
  }
}
