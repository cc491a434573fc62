package cn.zwgk.publisher.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Times deploys of a synthetic site of the size of a county portal over SFTP to a real OpenSSH sshd
 * on loopback: a full first deploy, then a deploy after one report changed. Not a test: run it with
 * {@code bench/deploy.sh [reports] [bytesPerReport]} and read the figures.
 */
public final class DeployBenchmark {
  private DeployBenchmark() {}

  public static void main(String[] args) throws Exception {
    int reports = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int bytes = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
    Path work = Files.createTempDirectory("deploy-bench");
    try (OpenSshServer sshd = OpenSshServer.start(work.resolve("sshd"))) {
      long t0 = System.nanoTime();
      Path site = SyntheticSite.write(work.resolve("site"), reports, bytes);
      BuiltSite built = BuiltSite.verify(site);
      System.out.printf(
          Locale.ROOT,
          "site: %d reports of ~%d bytes, %d files, %.1f MB (generated and verified in %.1f s)%n",
          reports,
          bytes,
          built.manifest().entries().size(),
          built.bytes() / 1e6,
          seconds(System.nanoTime() - t0));
      Deployer deployer = SftpDeployIT.deployer(sshd, "bench", new DeployListener() {}, 60);
      for (int i = 0; i < 2; i++) {
        long l0 = System.nanoTime();
        deployer.list();
        System.out.printf(
            Locale.ROOT, "connect + list releases: %.2f s%n", seconds(System.nanoTime() - l0));
      }
      timed("full deploy", deployer, site, sshd);
      SyntheticSite.changeReport(site, reports / 2, "changed");
      timed("one report changed", deployer, site, sshd);
      timed("same build again", deployer, site, sshd);
    } finally {
      new ProcessBuilder("rm", "-rf", work.toString()).inheritIO().start().waitFor();
    }
  }

  private static void timed(String what, Deployer deployer, Path site, OpenSshServer sshd)
      throws Exception {
    sshd.clearLog();
    long t0 = System.nanoTime();
    DeployReport r = deployer.deploy(site, false).get(0);
    long wall = System.nanoTime() - t0;
    System.out.printf(
        Locale.ROOT,
        "%-20s %6.1f s wall (%.1f s on the server)  uploaded %d files (%.1f MB), reused %d,"
            + " server opened %d files for writing%n",
        what,
        seconds(wall),
        seconds(r.elapsed().toNanos()),
        r.uploaded(),
        r.bytesSent() / 1e6,
        r.reused(),
        sshd.writtenFiles().size());
  }

  private static double seconds(long nanos) {
    return Duration.ofNanos(nanos).toMillis() / 1000.0;
  }
}
