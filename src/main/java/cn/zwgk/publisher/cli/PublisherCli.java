package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.deploy.CredentialsSource;
import java.io.PrintWriter;
import java.util.Optional;
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
    return run(out, err, Optional.empty(), args);
  }

  /**
   * Runs one command line as {@link #run(PrintWriter, PrintWriter, String...)} does, with deploy
   * logins taken from {@code logins} when given (the Maven plugin passes the servers Maven has read
   * and decrypted) instead of from the settings.xml file the command line names.
   */
  public static int run(
      PrintWriter out, PrintWriter err, Optional<CredentialsSource> logins, String... args) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          @SuppressWarnings("unchecked")
          public <K> K create(Class<K> type) throws Exception {
            return type == DeployCommand.class
                ? (K) new DeployCommand(logins)
                : defaults.create(type);
          }
        };
    CommandLine cli = new CommandLine(new PublisherCli(), factory);
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
