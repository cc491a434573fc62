package cn.zwgk.publisher.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar target/publisher.jar}. {@link #run} takes the output streams so
 * tests drive the whole CLI in-process and assert on exactly what it prints.
 */
@Command(
    name = "publisher",
    mixinStandardHelpOptions = true,
    version = "publisher 0.1.0",
    description = "Static-site publisher for government information-disclosure portals.",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      ImportCommand.class,
      NewCommand.class,
      ServeCommand.class,
      DeployCommand.class,
      DemoCommand.class
    })
public final class PublisherCli implements Runnable {
  /** Exit status for content errors (bad reports, failed checks). */
  public static final int EXIT_INVALID = 1;

  /** Exit status for usage errors (unknown option, missing argument). */
  public static final int EXIT_USAGE = 2;

  /** Exit status for a failed or refused deploy (server, host key, login, unfinished build). */
  public static final int EXIT_DEPLOY = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(
        run(
            new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8),
            args));
  }

  /**
   * Runs one command line and returns its exit status; prints only to {@code out} and {@code err}.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new PublisherCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required (build, check, import, new, serve, deploy, demo)");
  }
}
