package cn.zwgk.publisher.preview;

import cn.zwgk.publisher.problem.Explained;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.BuildSummary;
import cn.zwgk.publisher.site.OutputLock;
import cn.zwgk.publisher.site.SearchIndexMode;
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
  private final Messages messages;
  private final SiteBuilder builder = new SiteBuilder().forPreview();
  private final StatusBoard status = new StatusBoard();
  private final PreviewServer server;
  private final SourceWatcher watcher;
  private final Thread loop;
  private final OutputLock lock;

  private PreviewSession(BuildRequest request, int port, PrintWriter console, Messages messages) {
    this.request = request;
    this.console = console;
    this.messages = messages;
    // Held for the whole session: no build or second preview writes to the served folder meanwhile.
    this.lock = SiteBuilder.lockOutput(request);
    try {
      builder.holdLock(lock);
      rebuild();
      this.watcher = new SourceWatcher(request.source().toAbsolutePath().normalize());
      this.server = new PreviewServer(port, request.output(), status);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
    this.loop = new Thread(this::watch, "preview-watcher");
    loop.setDaemon(true);
    loop.start();
  }

  /** Builds, starts serving on 127.0.0.1:{@code port} (0 picks a free port) and starts watching. */
  public static PreviewSession start(BuildRequest request, int port, PrintWriter console) {
    return start(request, port, console, Messages.DEFAULT);
  }

  /** As {@link #start(BuildRequest, int, PrintWriter)}, printing problems in {@code messages}. */
  public static PreviewSession start(
      BuildRequest request, int port, PrintWriter console, Messages messages) {
    return new PreviewSession(request, port, console, messages);
  }

  public int port() {
    return server.port();
  }

  public BuildStatus status() {
    return status.get();
  }

  /** Waits until no rebuild is running or queued (for benchmarks and tests). */
  public void awaitIdle() throws InterruptedException {
    Thread.sleep(200);
    synchronized (builder) {
      // Taking the builder's lock means no build is running; a queued change starts within 60 ms.
    }
    Thread.sleep(100);
    synchronized (builder) {
      // and it finished too
    }
  }

  /** Waits until the session is closed or the thread is interrupted. */
  public void join() throws InterruptedException {
    loop.join();
  }

  private void watch() {
    try {
      while (watcher.awaitChange(60)) {
        // Pages first, with the previous search index, so the edit shows at once; then the
        // index, unless another change is already waiting (its rebuild will come back here).
        if (rebuild(request.withSearch(SearchIndexMode.KEEP_PREVIOUS), true)
            && !watcher.hasPendingChange()) {
          rebuild(request, false);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rebuild() {
    rebuild(request, true);
  }

  /**
   * Builds and publishes the status; true when the build succeeded. {@code announce} bumps the
   * version so open pages reload; the follow-up search-index build does not (the search page
   * fetches index files afresh for every query).
   */
  private boolean rebuild(BuildRequest request, boolean announce) {
    long version = status.get().version();
    try {
      BuildSummary s;
      synchronized (builder) {
        s = builder.build(request);
      }
      status.set(new BuildStatus(announce ? version + 1 : version, List.of()));
      console.println(
          messages.get(
              "preview.rebuilt", s.elapsed().toMillis(), s.pages().written(), s.pages().reused()));
      return true;
    } catch (InvalidContentException e) {
      List<String> lines =
          e.problems().stream().filter(Problem::isError).map(p -> p.format(messages)).toList();
      status.set(new BuildStatus(version, lines, messages.get("preview.panel.heading")));
      lines.forEach(console::println);
      console.println(messages.get("preview.failed"));
      console.flush();
      return false;
    } catch (RuntimeException e) {
      String told = Explained.describe(e, messages);
      status.set(new BuildStatus(version, List.of(told), messages.get("preview.panel.heading")));
      console.println(messages.get("preview.failed.cause", told));
      console.flush();
      return false;
    } finally {
      console.flush();
    }
  }

  /** Stops serving and watching, and waits for a build in progress and its clean-up to end. */
  @Override
  public void close() {
    server.close();
    try {
      watcher.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    loop.interrupt();
    try {
      loop.join();
      builder.awaitBackgroundWork();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.close();
    }
  }
}
