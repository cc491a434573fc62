package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Text;
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
                      watchdog.step(Text.of("deploy.step.upload", "reports/2024/a.html"));
                      never.await();
                      return null;
                    },
                    aborted::countDown));
    assertEquals(
        "sftp://host:22/srv/site did not answer for 1 s while uploading reports/2024/a.html",
        e.getMessage());
    assertEquals(
        "sftp://host:22/srv/site 已 1 秒没有应答（当时正在上传 reports/2024/a.html）。请检查网络和服务器负载后重新运行同一部署，已上传的文件会接着使用",
        e.text().render(Messages.DEFAULT));
    assertTrue(aborted.await(5, TimeUnit.SECONDS));
    DeployException late =
        assertThrows(DeployException.class, () -> watchdog.step(Text.of("deploy.step.connecting")));
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
