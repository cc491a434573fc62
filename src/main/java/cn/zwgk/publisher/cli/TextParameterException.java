package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.problem.Text;
import picocli.CommandLine;

/**
 * A usage error of ours (not picocli's) with its text kept as a message key, so {@link
 * UsageErrorHandler} prints it in the reader's language; {@link #getMessage()} is English.
 */
final class TextParameterException extends CommandLine.ParameterException {
  private static final long serialVersionUID = 1L;

  private final transient Text text;

  TextParameterException(CommandLine cli, Text text) {
    super(cli, text.toString());
    this.text = text;
  }

  Text text() {
    return text;
  }
}
