package cn.zwgk.publisher.site;

import cn.zwgk.publisher.problem.Explained;
import cn.zwgk.publisher.problem.Text;

/**
 * A build refused before it touched anything: the output folder is not one a build may replace, or
 * another build or preview is writing to it. A usage error (exit 2), not bad content. The text is a
 * message key printed in the reader's language; {@link #getMessage()} is English.
 */
public final class OutputRefusedException extends RuntimeException implements Explained {
  private static final long serialVersionUID = 1L;

  private final transient Text text;

  public OutputRefusedException(Text text) {
    super(text.toString());
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
