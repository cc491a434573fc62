package cn.zwgk.publisher.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Status requests parked until the next build (long polls), held without a thread each: the serving
 * thread hands the exchange over and returns at once, and this class's one thread answers it when
 * the status changes or its wait is over. Open polls are bounded; when the bound is reached the
 * oldest is told to retry later (503), so abandoned polls (a closed tab, a dropped socket the
 * server cannot see) hold one slot each for at most {@link #WAIT_MILLIS} and never a serving
 * thread. Thread-safe.
 */
final class StatusPolls implements AutoCloseable {
  /** How long a poll waits for a change before it is answered with the current status. */
  static final long WAIT_MILLIS = 25_000;

  /** Polls held at once; more tabs than this reload late, nothing else suffers. */
  static final int MAX_WAITING = 64;

  private final StatusBoard board;
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "preview-polls");
            t.setDaemon(true);
            return t;
          });
  private final Deque<Waiting> waiting = new ArrayDeque<>();
  private boolean closed;

  private record Waiting(HttpExchange exchange, long since, ScheduledFuture<?> timeout) {}

  StatusPolls(StatusBoard board) {
    this.board = board;
    board.onChange(status -> submit(this::answerChanged));
  }

  /** Takes over {@code exchange}: answers it now if there is news, else parks it. */
  void accept(HttpExchange exchange, long since) {
    if (!StatusBoard.unchangedFor(board.get(), since)) {
      answer(exchange, 200, board.get());
      return;
    }
    Waiting evicted = null;
    synchronized (this) {
      if (closed) {
        evicted = new Waiting(exchange, since, null);
      } else {
        if (waiting.size() >= MAX_WAITING) {
          evicted = waiting.removeFirst();
          evicted.timeout().cancel(false);
        }
        Waiting[] self = new Waiting[1];
        ScheduledFuture<?> timeout =
            worker.schedule(() -> expire(self[0]), WAIT_MILLIS, TimeUnit.MILLISECONDS);
        self[0] = new Waiting(exchange, since, timeout);
        waiting.addLast(self[0]);
      }
    }
    if (evicted != null) {
      answer(evicted.exchange(), 503, board.get());
    }
    // The status may have changed between the check above and parking: answer it then.
    submit(this::answerChanged);
  }

  private void submit(Runnable task) {
    try {
      worker.execute(task);
    } catch (RejectedExecutionException closing) {
      // Closed: every parked poll was closed with it.
    }
  }

  private void expire(Waiting poll) {
    boolean mine;
    synchronized (this) {
      mine = waiting.remove(poll);
    }
    if (mine) {
      answer(poll.exchange(), 200, board.get());
    }
  }

  private void answerChanged() {
    BuildStatus now = board.get();
    List<Waiting> done = new ArrayList<>();
    synchronized (this) {
      waiting.removeIf(
          w -> {
            boolean changed = !StatusBoard.unchangedFor(now, w.since());
            if (changed) {
              done.add(w);
            }
            return changed;
          });
    }
    for (Waiting w : done) {
      w.timeout().cancel(false);
      answer(w.exchange(), 200, now);
    }
  }

  /** Answers and closes; a client that went away only costs the failed write. */
  private static void answer(HttpExchange exchange, int code, BuildStatus status) {
    try (exchange) {
      byte[] body =
          code == 200
              ? status.toJson().getBytes(StandardCharsets.UTF_8)
              : "{\"retry\":true}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      if (code != 200) {
        exchange.getResponseHeaders().set("Retry-After", "1");
      }
      exchange.sendResponseHeaders(code, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException | RuntimeException gone) {
      // The page was closed or the connection dropped; there is no one left to tell.
    }
  }

  /** Number of polls parked now (for tests). */
  synchronized int waiting() {
    return waiting.size();
  }

  /** Closes every parked poll and stops the thread. */
  @Override
  public void close() {
    List<Waiting> all;
    synchronized (this) {
      closed = true;
      all = new ArrayList<>(waiting);
      waiting.clear();
    }
    for (Waiting w : all) {
      w.timeout().cancel(false);
      w.exchange().close();
    }
    worker.shutdownNow();
  }
}
