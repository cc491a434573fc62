package cn.zwgk.publisher.preview;

import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.BuildSummary;
import cn.zwgk.publisher.site.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One preview: an initial build, the server, and a watcher thread that rebuilds after each change.
 * Builds are incremental (the build cache beside the output), and a failed build leaves the served
 * site as it was while its problems are shown on the console and in every open page. Close it to
 * stop the server and the watcher.
 */
public final class PreviewSession implements AutoCloseable {
  private final BuildRequest request;
  private final PrintWriter console;
  private final SiteBuilder builder = new SiteBuilder();
  private final StatusBoard status = new StatusBoard();
  private final PreviewServer server;
  private final SourceWatcher watcher;
  private final Thread loop;

  private PreviewSession(BuildRequest request, int port, PrintWriter console) {
    this.request = request;
    this.console = console;
    rebuild();
    this.watcher = new SourceWatcher(request.source().toAbsolutePath().normalize());
    this.server = new PreviewServer(port, request.output(), status);
    this.loop = new Thread(this::watch, "preview-watcher");
    loop.setDaemon(true);
    loop.start();
  }

  /** Builds, starts serving on 127.0.0.1:{@code port} (0 picks a free port) and starts watching. */
  public static PreviewSession start(BuildRequest request, int port, PrintWriter console) {
    return new PreviewSession(request, port, console);
  }

  public int port() {
    return server.port();
  }

  public BuildStatus status() {
    return status.get();
  }

  /** Waits until the session is closed or the thread is interrupted. */
  public void join() throws InterruptedException {
    loop.join();
  }

  private void watch() {
    try {
      while (watcher.awaitChange(60)) {
        rebuild();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rebuild() {
    long version = status.get().version();
    try {
      BuildSummary s = builder.build(request);
      status.set(new BuildStatus(version + 1, List.of()));
      console.printf(
          "rebuilt in %d ms: %d files written, %d unchanged%n",
          s.elapsed().toMillis(), s.pages().written(), s.pages().reused());
    } catch (InvalidContentException e) {
      List<String> lines =
          e.problems().stream().filter(Problem::isError).map(Problem::format).toList();
      status.set(new BuildStatus(version, lines));
      lines.forEach(console::println);
      console.println("build failed; still serving the last good site");
    } catch (RuntimeException e) {
      status.set(new BuildStatus(version, List.of(String.valueOf(e.getMessage()))));
      console.println("build failed: " + e.getMessage() + "; still serving the last good site");
    }
    console.flush();
  }

  @Override
  public void close() {
    server.close();
    try {
      watcher.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    loop.interrupt();
  }
}
