package cn.zwgk.publisher.maven;

import cn.zwgk.publisher.cli.PublisherCli;
import cn.zwgk.publisher.deploy.CredentialsSource;
import cn.zwgk.publisher.problem.Language;
import cn.zwgk.publisher.problem.Messages;
import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the portal folder, the message language, and running one publisher
 * command with its output in Maven's log. A content error (exit 1) fails the build with the
 * command's own messages; a usage or deploy error (2, 3) is an execution error.
 */
abstract class PublisherMojo extends AbstractMojo {
  /** The portal: the folder holding content/, jbake.properties and, optionally, templates/. */
  @Parameter(property = "publisher.source", defaultValue = "${project.basedir}")
  File source;

  /** Language of the messages: zh (default) or en; else the PUBLISHER_LANG environment variable. */
  @Parameter(property = "publisher.lang")
  String lang;

  /** Skips the goal. */
  @Parameter(property = "publisher.skip", defaultValue = "false")
  boolean skip;

  /** The command's arguments after its name, from the goal's parameters. */
  abstract List<String> arguments() throws MojoExecutionException;

  /** The publisher command this goal runs: build, check, serve, new, import or deploy. */
  abstract String command();

  /** Deploy logins from Maven's settings, for the deploy goal; empty for the others. */
  Optional<CredentialsSource> logins() {
    return Optional.empty();
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info(messages().get("maven.skipped", command()));
      return;
    }
    List<String> args = new ArrayList<>();
    args.add(command());
    add(args, "--lang", lang);
    args.addAll(arguments());
    MavenLogWriter out = new MavenLogWriter(getLog(), false);
    MavenLogWriter err = new MavenLogWriter(getLog(), true);
    int status;
    try (PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true)) {
      status = PublisherCli.run(o, e, logins(), args.toArray(String[]::new));
    }
    if (status == PublisherCli.EXIT_INVALID) {
      throw new MojoFailureException(failure(err));
    }
    if (status != 0) {
      throw new MojoExecutionException(failure(err));
    }
  }

  private String failure(MavenLogWriter err) {
    List<String> lines = err.problemLines();
    String head = messages().get("maven.failed", command());
    return lines.isEmpty() ? head : head + ":\n" + String.join("\n", lines);
  }

  /** The messages of the goal's language: {@code publisher.lang}, else the environment. */
  Messages messages() {
    return Messages.of(Language.choose(lang, System.getenv(Language.ENVIRONMENT_VARIABLE)));
  }

  static void add(List<String> args, String option, Object value) {
    if (value != null && !value.toString().isBlank()) {
      args.add(option);
      args.add(value.toString());
    }
  }
}
