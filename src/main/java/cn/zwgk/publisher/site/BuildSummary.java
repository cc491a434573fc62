package cn.zwgk.publisher.site;

import cn.zwgk.publisher.problem.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a successful build produced, for the one-screen summary the CLI prints. */
public record BuildSummary(
    int published,
    int drafts,
    int townships,
    long counties,
    List<Integer> years,
    Pages pages,
    List<Problem> warnings,
    Path output,
    Duration elapsed) {

  /**
   * Output files: pages (HTML and XML) in the site, files written fresh by this build, files reused
   * unchanged from the previous build, and why nothing could be reused ("" when the cache was
   * used).
   */
  public record Pages(
      int total,
      int written,
      int reused,
      java.util.Optional<cn.zwgk.publisher.problem.Text> cacheNote) {}
}
