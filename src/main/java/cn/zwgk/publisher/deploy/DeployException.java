package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.problem.Explained;
import cn.zwgk.publisher.problem.Text;
import java.util.Objects;

/**
 * A deploy that cannot go on. The text is one line that names the server, the file or setting
 * concerned and what to fix, kept as a message key so the CLI prints it in the reader's language
 * ({@link #getMessage()} is English); it never contains a password or passphrase. The CLI prints it
 * and exits with status 3.
 */
public final class DeployException extends RuntimeException implements Explained {
  private static final long serialVersionUID = 1L;

  private final transient Text text;

  public DeployException(Text text) {
    super(text.toString());
    this.text = text;
  }

  public DeployException(Text text, Throwable cause) {
    super(text.toString(), cause);
    this.text = text;
  }

  /** A message printed the same in every language (a library's own words, for instance). */
  public DeployException(String message) {
    this(Text.literal(Objects.requireNonNull(message, "message")));
  }

  public DeployException(String message, Throwable cause) {
    this(Text.literal(Objects.requireNonNull(message, "message")), cause);
  }

  /** {@code first; second; …}: sentences of one message, in the reader's language. */
  static Text joined(Text first, Text... more) {
    Text out = first;
    for (Text t : more) {
      out = Text.of("deploy.then", out, t);
    }
    return out;
  }

  /** What went wrong and what to do, to be rendered in the reader's language. */
  @Override
  public Text text() {
    return text;
  }
}
