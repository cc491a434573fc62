package cn.zwgk.publisher.problem;

/**
 * A failure the reader can fix that is not bad content (a port in use, a file that cannot be
 * written): its text names what and says what to do. The CLI prints it and exits 1.
 */
public final class ExplainedException extends RuntimeException implements Explained {
  private static final long serialVersionUID = 1L;

  private final transient Text text;

  public ExplainedException(Text text, Throwable cause) {
    super(text.toString(), cause);
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
