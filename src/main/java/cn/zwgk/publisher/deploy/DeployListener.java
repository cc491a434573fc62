package cn.zwgk.publisher.deploy;

/**
 * Hears what a deploy does, for progress output. Called on the deploy's work thread, one call at a
 * time; implementations must return quickly.
 */
public interface DeployListener {
  /** Before anything is changed on the server (also in a dry run). */
  default void planned(
      String releaseId, DeployPlan plan, java.util.List<String> releasesToRemove) {}

  /** Bytes of {@code path} sent so far; called repeatedly during an upload. */
  default void uploading(String path, long bytesSent) {}

  /** {@code path} is on the server under its final name, size verified. */
  default void uploaded(String path) {}

  /** A step worth a line of output, e.g. "switching current to …", in the reader's language. */
  default void step(cn.zwgk.publisher.problem.Text description) {}
}
