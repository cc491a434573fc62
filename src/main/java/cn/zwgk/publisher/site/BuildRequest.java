package cn.zwgk.publisher.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where to read the site source and where to write the output; {@code full} ignores what the
 * previous build left and renders every page.
 */
public record BuildRequest(Path source, Path output, boolean full) {
  public BuildRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(output, "output");
  }

  public BuildRequest(Path source, Path output) {
    this(source, output, false);
  }

  /** The default output, {@code SOURCE/target/site}. */
  public static BuildRequest withDefaultOutput(Path source) {
    return new BuildRequest(source, source.resolve("target").resolve("site"));
  }

  public BuildRequest withFull(boolean full) {
    return new BuildRequest(source, output, full);
  }
}
