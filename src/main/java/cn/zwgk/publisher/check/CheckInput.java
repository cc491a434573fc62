package cn.zwgk.publisher.check;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportLoader;
import cn.zwgk.publisher.problem.InvalidContentException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a check runs over: the built site, the site source it came from, the source's settings and
 * its reports (drafts included; validated).
 */
public record CheckInput(Path site, Path source, SiteConfig config, List<Report> reports) {
  public CheckInput {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(config, "config");
    reports = List.copyOf(reports);
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
