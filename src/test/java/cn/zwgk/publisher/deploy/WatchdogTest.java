package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WatchdogTest {
  @Test
  void aSilentStepEndsWithTheServerAndStepNamedAndTheConnectionAborted() throws Exception {
    Watchdog watchdog = new Watchdog(Duration.ofSeconds(1), "sftp://host:22/srv/site");
    CountDownLatch aborted = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    DeployException e =
        assertThrows(
            DeployException.class,
            () ->
                watchdog.run(
                    () -> {
                      watchdog.step("uploading reports/2024/a.html");
                      never.await();
                      return null;
                    },
                    aborted::countDown));
    assertEquals(
        "sftp://host:22/srv/site did not answer for 1 s while uploading reports/2024/a.html",
        e.getMessage());
    assertTrue(aborted.await(5, TimeUnit.SECONDS));
    DeployException late = assertThrows(DeployException.class, () -> watchdog.step("switching"));
    assertTrue(late.getMessage().contains("abandoned after a timeout"), late.getMessage());
  }

  @Test
  void workThatKeepsReportingProgressIsNotInterrupted() {
    Watchdog watchdog = new Watchdog(Duration.ofSeconds(3), "server");
    String result =
        watchdog.run(
            () -> {
              for (int i = 0; i < 40; i++) {
                Thread.sleep(100);
                watchdog.alive();
              }
              return "done";
            },
            () -> {});
    assertEquals("done", result);
  }

  @Test
  void errorsOfTheWorkReachTheCallerUnchanged() {
    Watchdog watchdog = new Watchdog(Duration.ofSeconds(5), "server");
    DeployException failure = new DeployException("boom");
    assertSame(
        failure,
        assertThrows(
            DeployException.class,
            () ->
                watchdog.run(
                    () -> {
                      throw failure;
                    },
                    () -> {})));
  }
}
