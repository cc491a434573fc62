package cn.zwgk.publisher.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn publisher:serve}: the live preview on 127.0.0.1, rebuilding on every save, until
 * Ctrl-C.
 */
@Mojo(name = "serve", requiresProject = true, threadSafe = true)
public final class ServeMojo extends PublisherMojo {
  /** The port on 127.0.0.1. */
  @Parameter(property = "publisher.port", defaultValue = "8820")
  int port;

  /** Where the preview builds. */
  @Parameter(
      property = "publisher.previewOutput",
      defaultValue = "${project.build.directory}/preview")
  File output;

  @Override
  String command() {
    return "serve";
  }

  @Override
  List<String> arguments() {
    List<String> args = new ArrayList<>();
    add(args, "--source", source);
    add(args, "--output", output);
    add(args, "--port", port);
    return args;
  }
}
