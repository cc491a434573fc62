package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.deploy.CredentialsSource;
import cn.zwgk.publisher.problem.Language;
import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
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
    try {
      return execute(out, err, logins, args);
    } catch (OutOfMemoryError full) {
      // Not an Exception, so picocli lets it through: said plainly, with what to do, not as a
      // stack trace. The failed build's objects are unreachable by now, so printing has room.
      err.println(
          Messages.of(LanguageOption.of(args))
              .get("cli.out_of_memory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
      err.flush();
      return EXIT_INVALID;
    }
  }

  private static int execute(
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
    if (LanguageOption.of(args) == Language.ZH) {
      // The annotations hold the English help; the Chinese is a bundle (see help_zh.properties).
      cli.setResourceBundle(HELP_ZH);
    }
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
    throw new TextParameterException(
        spec.commandLine(),
        Text.of(
            "cli.command_required",
            String.join(", ", spec.commandLine().getSubcommands().keySet())));
  }

  /** The Chinese help texts, read once (UTF-8); immutable. */
  private static final ResourceBundle HELP_ZH = helpBundle("help_zh.properties");

  private static ResourceBundle helpBundle(String name) {
    try (InputStream in = PublisherCli.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + name + " beside " + PublisherCli.class);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
