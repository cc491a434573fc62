package cn.zwgk.publisher.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code publisher:build}, bound to {@code package}: validates content/, bakes the portal into
 * {@code target/site} and runs the pre-publication check before the new site replaces the old one.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends PublisherMojo {
  /** Where the site is baked. */
  @Parameter(property = "publisher.output", defaultValue = "${project.build.directory}/site")
  File output;

  /** Render every page, ignoring the previous build. */
  @Parameter(property = "publisher.full", defaultValue = "false")
  boolean full;

  /** Run the pre-publication check (the gate); false skips it and says so. */
  @Parameter(property = "publisher.check", defaultValue = "true")
  boolean check;

  @Override
  String command() {
    return "build";
  }

  @Override
  List<String> arguments() {
    List<String> args = new ArrayList<>();
    add(args, "--source", source);
    add(args, "--output", output);
    if (full) {
      args.add("--full");
    }
    if (!check) {
      args.add("--no-check");
    }
    return args;
  }
}
