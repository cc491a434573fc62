package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.problem.Text;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds how long a deploy waits on a server that stopped answering. The work runs on its own
 * thread and reports each step ({@link #step}) and each chunk of bytes sent ({@link #alive}); when
 * nothing happens for the limit, the caller gets a {@link DeployException} naming the server and
 * the step, and the connection is dropped through the abort action. The caller never waits on the
 * stuck thread: JSch can block in a socket write that no timeout covers.
 *
 * <p>One watchdog serves one deploy. {@link #step} and {@link #alive} may be called from the work
 * thread while {@link #run} waits in the caller's thread.
 */
final class Watchdog {
  private static final long POLL_MILLIS = 100;

  private final Duration limit;
  private final Duration connectLimit;
  private volatile long currentLimitNanos;
  private volatile String server;
  private volatile Text step = Text.of("deploy.step.connecting");
  private volatile long lastNanos = System.nanoTime();
  private volatile boolean expired;

  Watchdog(Duration limit, String server) {
    this(limit, limit, server);
  }

  /** {@code connectLimit} bounds {@link #connecting}, {@code limit} every other step. */
  Watchdog(Duration limit, Duration connectLimit, String server) {
    this.limit = Objects.requireNonNull(limit, "limit");
    this.connectLimit = Objects.requireNonNull(connectLimit, "connectLimit");
    this.currentLimitNanos = limit.toNanos();
    this.server = Objects.requireNonNull(server, "server");
  }

  /** Marks the start of a step that talks to the server, e.g. "uploading reports/2024/a.html". */
  void step(Text description) {
    checkNotExpired();
    step = description;
    currentLimitNanos = limit.toNanos();
    lastNanos = System.nanoTime();
  }

  /**
   * Marks the start of connecting (TCP, key exchange, login), which may take up to the connect
   * limit: a loaded server forks and computes keys before it says anything.
   */
  void connecting() {
    step(Text.of("deploy.step.connecting"));
    currentLimitNanos = connectLimit.toNanos();
  }

  /** Marks progress within the current step. */
  void alive() {
    checkNotExpired();
    lastNanos = System.nanoTime();
  }

  /**
   * Stops an abandoned work thread at its next step: after a timeout the connection may come back
   * (a frozen server resumed) and the thread must not go on to switch the live site.
   */
  private void checkNotExpired() {
    if (expired) {
      throw new DeployException(Text.of("deploy.watchdog.abandoned", server));
    }
  }

  /** Names the server in the timeout message once it is known more precisely. */
  void server(String description) {
    server = description;
  }

  /**
   * Runs {@code work} on a new thread and returns its result, or throws when no progress is seen
   * for the limit; {@code abort} then runs on yet another thread so it cannot block the caller.
   */
  <T> T run(Callable<T> work, Runnable abort) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread worker = new Thread(task, "deploy-worker");
    worker.setDaemon(true);
    lastNanos = System.nanoTime();
    worker.start();
    while (true) {
      try {
        return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long allowed = currentLimitNanos;
        if (System.nanoTime() - lastNanos > allowed) {
          expired = true;
          Thread aborter = new Thread(abort, "deploy-abort");
          aborter.setDaemon(true);
          aborter.start();
          worker.interrupt();
          throw new DeployException(
              Text.of(
                  "deploy.watchdog.timeout", server, Duration.ofNanos(allowed).toSeconds(), step));
        }
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        abort.run();
        throw new DeployException(Text.of("deploy.watchdog.interrupted", server, step));
      }
    }
  }
}
