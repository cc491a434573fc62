package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.site.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows build progress: on a terminal, one live line (stage, count, rate, time left) redrawn at
 * most five times a second; elsewhere (CI, a log file) a plain line every five seconds while a
 * stage runs, so a long build in CI shows it is alive without filling the log.
 */
final class TerminalProgress implements BuildProgress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final long LOG_NANOS = 5_000_000_000L;
  private final PrintWriter err;
  private final boolean live;
  private final Messages messages;
  private final AtomicLong done = new AtomicLong();
  private volatile String stage = "";
  private volatile long total;
  private volatile long started;
  private volatile long lastDrawn;

  TerminalProgress(PrintWriter err) {
    this(err, true);
  }

  TerminalProgress(PrintWriter err, boolean live) {
    this(err, live, Messages.ENGLISH);
  }

  TerminalProgress(PrintWriter err, boolean live, Messages messages) {
    this.err = err;
    this.live = live;
    this.messages = messages;
  }

  /**
   * Progress for this process in the language of {@code messages}: a live line on a terminal
   * outside CI, else periodic lines.
   */
  static BuildProgress forConsole(PrintWriter err, Messages messages) {
    boolean ci = System.getenv("CI") != null && !System.getenv("CI").isEmpty();
    return new TerminalProgress(err, System.console() != null && !ci, messages);
  }

  @Override
  public synchronized void stage(String name, long total) {
    this.stage = name;
    this.total = total;
    this.done.set(0);
    this.started = System.nanoTime();
    if (live) {
      draw(System.nanoTime());
    } else {
      lastDrawn = started; // a line only once the stage has run for a while
    }
  }

  @Override
  public void advance() {
    long n = done.incrementAndGet();
    long now = System.nanoTime();
    // Checked without the lock: pages are rendered by several threads at once.
    if (now - lastDrawn >= (live ? REDRAW_NANOS : LOG_NANOS) || (live && n == total)) {
      draw(now);
    }
  }

  @Override
  public synchronized void finish() {
    if (live) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private synchronized void draw(long now) {
    lastDrawn = now;
    err.print((live ? "\r\033[K" : "") + line(stage, done.get(), total, now - started, messages));
    err.print(live ? "" : "\n");
    err.flush();
  }

  /** E.g. {@code render 4,200/10,000 1,050/s 6 s left}. */
  static String line(String stage, long done, long total, long elapsedNanos) {
    return line(stage, done, total, elapsedNanos, Messages.ENGLISH);
  }

  /** The line in the language of {@code messages}: the stage named, the time left in words. */
  static String line(String stage, long done, long total, long elapsedNanos, Messages messages) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    double rate = done / seconds;
    String left =
        done == 0 || done >= total
            ? ""
            : "  "
                + messages.get(
                    "progress.left", String.format(Locale.ROOT, "%,.0f", (total - done) / rate));
    String name = messages.pattern("progress.stage." + stage).orElse(stage);
    return String.format(Locale.ROOT, "%-9s %,d/%,d  %,.0f/s%s", name, done, total, rate, left);
  }
}
