package cn.zwgk.publisher.deploy;

/**
 * A deploy that cannot go on. The message is one line that names the server, the file or setting
 * concerned and what to fix; it never contains a password or passphrase. The CLI prints it and
 * exits with status 3.
 */
public final class DeployException extends RuntimeException {
  public DeployException(String message) {
    super(message);
  }

  public DeployException(String message, Throwable cause) {
    super(message, cause);
  }
}
