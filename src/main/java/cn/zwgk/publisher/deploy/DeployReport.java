package cn.zwgk.publisher.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a deploy did (or, in a dry run, would do).
 *
 * @param server the deploy folder on the server
 * @param releaseId the release that is live afterwards
 * @param previous the release that was live before, if any
 * @param uploaded files sent over the network
 * @param bytesSent their total size
 * @param reused files hard-linked on the server from the previous live release
 * @param resumed files already on the server from an interrupted run of the same deploy
 * @param repaired files of the live release that had been altered on the server (their content no
 *     longer matched the manifest), sent afresh instead of reused
 * @param removed old releases removed
 * @param alreadyLive true when this build was already live and nothing was done
 * @param dryRun true when nothing was changed
 * @param elapsed wall time
 */
public record DeployReport(
    String server,
    String releaseId,
    Optional<String> previous,
    int uploaded,
    long bytesSent,
    int reused,
    int resumed,
    int repaired,
    List<String> removed,
    boolean alreadyLive,
    boolean dryRun,
    Duration elapsed) {
  public DeployReport {
    removed = List.copyOf(removed);
  }
}
