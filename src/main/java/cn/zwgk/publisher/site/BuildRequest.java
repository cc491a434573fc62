package cn.zwgk.publisher.site;

import java.nio.file.Path;
import java.util.Objects;

/** Where to read the site source and where to write the output. */
public record BuildRequest(Path source, Path output) {
  public BuildRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(output, "output");
  }

  /** The default output, {@code SOURCE/target/site}. */
  public static BuildRequest withDefaultOutput(Path source) {
    return new BuildRequest(source, source.resolve("target").resolve("site"));
  }
}
