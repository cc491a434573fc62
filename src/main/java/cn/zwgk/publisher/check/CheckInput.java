package cn.zwgk.publisher.check;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportLoader;
import cn.zwgk.publisher.problem.InvalidContentException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a check runs over: the built site, the site source it came from, the source's settings and
 * its reports (drafts included; validated); and for the build's check, what lets it reuse the
 * previous check's findings ({@code incremental}, null for a check from scratch).
 */
public record CheckInput(
    Path site, Path source, SiteConfig config, List<Report> reports, Incremental incremental) {
  public CheckInput {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(config, "config");
    reports = List.copyOf(reports);
  }

  public CheckInput(Path site, Path source, SiteConfig config, List<Report> reports) {
    this(site, source, config, reports, null);
  }

  /**
   * What an incremental check needs from the build: where the findings of the previous check are
   * kept, the SHA-256 of every file of the site (from the build's manifest, so no page is read to
   * know it is unchanged) and of every report source, and the publisher's code identity.
   */
  public record Incremental(
      Path cacheFile,
      Map<String, String> fileHashes,
      Map<String, String> sourceHashes,
      String code) {
    public Incremental {
      Objects.requireNonNull(cacheFile, "cacheFile");
      Objects.requireNonNull(fileHashes, "fileHashes");
      Objects.requireNonNull(sourceHashes, "sourceHashes");
      Objects.requireNonNull(code, "code");
    }
  }

  /** This input, checked incrementally with {@code incremental}. */
  public CheckInput withIncremental(Incremental incremental) {
    return new CheckInput(site, source, config, reports, incremental);
  }

  /**
   * Reads jbake.properties and validates the reports of {@code source}; invalid content fails as it
   * fails the build, with every problem.
   */
  public static CheckInput load(Path site, Path source) {
    SiteConfig config = SiteConfig.load(source);
    String separator = config.value("header.separator", SourceFileParser.DEFAULT_SEPARATOR);
    ReportLoader.Result loaded = new ReportLoader(source, config, separator).load();
    if (loaded.hasErrors()) {
      throw new InvalidContentException(loaded.problems());
    }
    return new CheckInput(site, source, config, loaded.reports());
  }
}
