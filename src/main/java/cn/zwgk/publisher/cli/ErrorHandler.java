package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.problem.Explained;
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
    err.println(messages.get("severity.error") + ": " + Explained.describe(ex, messages));
    return ex instanceof OutputRefusedException
        ? PublisherCli.EXIT_USAGE
        : PublisherCli.EXIT_INVALID;
  }
}
