package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.site.OutputRefusedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from commands into diagnostics and exit statuses: every content problem on its
 * own line and exit 1; anything else one line with the cause chain and exit 1 as well, since it is
 * not a usage error. A build refused because of its output folder is a usage error (exit 2).
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
    var err = cli.getErr();
    Messages messages = LanguageOption.of(cli);
    if (ex instanceof InvalidContentException invalid) {
      long errors = invalid.problems().stream().filter(Problem::isError).count();
      for (Problem p : invalid.problems()) {
        err.println(p.format(messages));
      }
      err.println(messages.get("cli.content_errors", errors));
      return PublisherCli.EXIT_INVALID;
    }
    if (ex instanceof OutputRefusedException refused) {
      err.println(messages.get("severity.error") + ": " + refused.getMessage());
      return PublisherCli.EXIT_USAGE;
    }
    StringBuilder message =
        new StringBuilder(messages.get("severity.error")).append(": ").append(ex.getMessage());
    for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
      message.append(": ").append(cause.getMessage());
    }
    err.println(message);
    return PublisherCli.EXIT_INVALID;
  }
}
