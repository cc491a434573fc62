package cn.zwgk.publisher.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the CLI: exit status and everything printed. */
record CliRun(int status, String out, String err) {
  /** A run exactly as given, in the language the environment chooses (Chinese by default). */
  static CliRun raw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = PublisherCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** A run with {@code --lang en} added, for tests that assert English output. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        PublisherCli.run(
            new PrintWriter(out),
            new PrintWriter(err),
            cn.zwgk.publisher.testing.EnglishCli.args(args));
    return new CliRun(status, out.toString(), err.toString());
  }
}
