package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.site.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Adds the wall time of every build stage, printed as each ends ({@code stage validate 1.92 s}), to
 * another progress display: what a maintainer profiles a slow build with ({@code
 * PUBLISHER_STAGE_TIMES=1}).
 */
final class StageTimes implements BuildProgress {
  private final BuildProgress shown;
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private String stage = "start";
  private long since = start;

  StageTimes(BuildProgress shown, PrintWriter err) {
    this.shown = shown;
    this.err = err;
  }

  /** {@code shown} with stage times when the environment asks for them. */
  static BuildProgress around(BuildProgress shown, PrintWriter err) {
    String v = System.getenv("PUBLISHER_STAGE_TIMES");
    return v == null || v.isEmpty() || v.equals("0") ? shown : new StageTimes(shown, err);
  }

  @Override
  public synchronized void stage(String name, long total) {
    shown.stage(name, total);
    print(System.nanoTime());
    stage = name;
  }

  @Override
  public void advance() {
    shown.advance();
  }

  @Override
  public synchronized void finish() {
    shown.finish();
    long now = System.nanoTime();
    print(now);
    err.printf(Locale.ROOT, "stage total %.2f s%n", (now - start) / 1e9);
    err.flush();
  }

  private void print(long now) {
    err.printf(Locale.ROOT, "stage %s %.2f s%n", stage, (now - since) / 1e9);
    err.flush();
    since = now;
  }
}
