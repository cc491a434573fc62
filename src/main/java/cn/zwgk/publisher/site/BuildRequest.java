package cn.zwgk.publisher.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where to read the site source and where to write the output. {@code full} ignores what the
 * previous build left and renders every page; {@code check} runs the pre-publication check
 * (cn.zwgk.publisher.check) on the new output before it replaces the old; {@code search} says
 * whether the search index must be brought up to date.
 */
public record BuildRequest(
    Path source, Path output, boolean full, boolean check, SearchIndexMode search) {
  public BuildRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(search, "search");
  }

  /** An incremental build that runs the check. */
  public BuildRequest(Path source, Path output) {
    this(source, output, false, true, SearchIndexMode.CURRENT);
  }

  /** The default output, {@code SOURCE/target/site}. */
  public static BuildRequest withDefaultOutput(Path source) {
    return new BuildRequest(source, source.resolve("target").resolve("site"));
  }

  public BuildRequest withFull(boolean full) {
    return new BuildRequest(source, output, full, check, search);
  }

  /** This request without the pre-publication check ({@code build --no-check}). */
  public BuildRequest withoutCheck() {
    return new BuildRequest(source, output, full, false, search);
  }

  public BuildRequest withSearch(SearchIndexMode search) {
    return new BuildRequest(source, output, full, check, search);
  }
}
