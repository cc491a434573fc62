package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.metadata.SpamWords;
import java.util.Objects;

/**
 * What an import needs besides its input: the site's settings (index-number pattern, spam words),
 * the registry of issuing bodies to compare stated issuers with, and the year folder for a report
 * whose year cannot be read.
 */
public record ImportSettings(
    SiteConfig config, SpamWords spamWords, IssuerRegistry issuers, int fallbackYear) {
  public ImportSettings {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(spamWords, "spamWords");
    Objects.requireNonNull(issuers, "issuers");
  }
}
