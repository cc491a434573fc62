package cn.zwgk.publisher.site;

/**
 * A build refused before it touched anything: the output folder is not one a build may replace, or
 * another build or preview is writing to it. A usage error (exit 2), not bad content.
 */
public final class OutputRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputRefusedException(String message) {
    super(message);
  }
}
