package cn.zwgk.publisher.check;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.Severity;

/**
 * One family of inspection rules. A rule looks at each output page ({@link #checkPage}, called
 * concurrently for different pages, each page parsed once and shared by all rules) and/or at the
 * whole site once every page was seen ({@link #checkSite}).
 *
 * <p>A rule instance serves one check run: rules that need to compare pages (duplicates, links into
 * other pages) keep thread-safe state between the two calls.
 */
public interface Rule {
  /** The rule id: its name in findings and its key {@code check.<id>} in jbake.properties. */
  String id();

  /** Whether a finding fails the build unless jbake.properties says otherwise. */
  Severity defaultSeverity();

  /**
   * The default severity for the site of {@code config}, for rules whose default depends on the
   * site (e.g. stricter once it is in production); {@link #defaultSeverity()} unless overridden.
   */
  default Severity defaultSeverity(SiteConfig config) {
    return defaultSeverity();
  }

  /** Checks one page; may be called from several threads at once for different pages. */
  default void checkPage(Page page, CheckContext context, Findings out) {}

  /** Called once, after {@link #checkPage} returned for every page. */
  default void checkSite(CheckContext context, Findings out) {}
}
