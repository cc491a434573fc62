package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.problem.Messages;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Prints a usage error (unknown option, missing argument) in the reader's language: what picocli
 * found, then how to get help, and exits 2. The language comes from {@code --lang} as written on
 * the command line, since the error may be that the line could not be parsed.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    Messages messages = Messages.of(LanguageOption.of(args));
    String command = cli.getCommandSpec().qualifiedName();
    err.println(messages.get("cli.usage_error", UsageErrors.text(ex).render(messages)));
    err.println(messages.get("cli.usage_help", command));
    return PublisherCli.EXIT_USAGE;
  }
}
