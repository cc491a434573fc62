package cn.zwgk.publisher.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code publisher:check}: the pre-publication gate over a built site, with its machine-readable
 * report written beside it (kept as a CI artifact). {@code -Dpublisher.verify=DIR} instead compares
 * a deployed copy with the build's manifest.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends PublisherMojo {
  /** The built site to check. */
  @Parameter(property = "publisher.site", defaultValue = "${project.build.directory}/site")
  File site;

  /** Where the JSON report goes. */
  @Parameter(
      property = "publisher.checkReport",
      defaultValue = "${project.build.directory}/check.json")
  File jsonReport;

  /** A deployed copy to compare with the site's manifest, instead of checking. */
  @Parameter(property = "publisher.verify")
  File verify;

  @Override
  String command() {
    return "check";
  }

  @Override
  List<String> arguments() {
    List<String> args = new ArrayList<>();
    add(args, "--source", source);
    add(args, "--site", site);
    add(args, "--json-report", jsonReport);
    add(args, "--verify", verify);
    return args;
  }
}
