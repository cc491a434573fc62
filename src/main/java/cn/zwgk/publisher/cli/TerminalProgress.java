package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.site.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows build progress on one terminal line (stage, count, rate), redrawn at most five times a
 * second. Used only when stderr is a terminal and the CI variable is not set, so logs stay quiet.
 */
final class TerminalProgress implements BuildProgress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private final PrintWriter err;
  private final AtomicLong done = new AtomicLong();
  private volatile String stage = "";
  private volatile long total;
  private volatile long started;
  private volatile long lastDrawn;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  /** Progress for this process: on a terminal outside CI, or none. */
  static BuildProgress forConsole(PrintWriter err) {
    boolean ci = System.getenv("CI") != null && !System.getenv("CI").isEmpty();
    return System.console() != null && !ci ? new TerminalProgress(err) : BuildProgress.NONE;
  }

  @Override
  public synchronized void stage(String name, long total) {
    this.stage = name;
    this.total = total;
    this.done.set(0);
    this.started = System.nanoTime();
    draw(true);
  }

  @Override
  public void advance() {
    done.incrementAndGet();
    draw(false);
  }

  @Override
  public synchronized void finish() {
    err.print("\r\033[K");
    err.flush();
  }

  private synchronized void draw(boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastDrawn < REDRAW_NANOS && done.get() < total) {
      return;
    }
    lastDrawn = now;
    double seconds = Math.max((now - started) / 1e9, 1e-3);
    err.print(
        String.format(
            Locale.ROOT,
            "\r\033[K%-9s %,d/%,d  %,.0f/s",
            stage,
            done.get(),
            total,
            done.get() / seconds));
    err.flush();
  }
}
