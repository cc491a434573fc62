package cn.zwgk.publisher.check;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Severity;
import java.util.List;
import java.util.Optional;

/**
 * One family of inspection rules. A rule looks at each output page ({@link #checkPage}, called
 * concurrently for different pages, each page parsed once and shared by all rules) and/or at the
 * whole site once every page was seen ({@link #checkSite}).
 *
 * <p>A rule instance serves one check run: rules that need to compare pages (duplicates, links into
 * other pages) keep thread-safe state between the two calls.
 *
 * <p><b>Incremental checks.</b> The build's check reuses a page's findings from the previous check
 * while nothing they were made from changed. A rule says what that is with {@link #reads()}:
 *
 * <ul>
 *   <li>{@link Reads#SITE} (the default, for a rule that says nothing): anything. Every page is
 *       parsed and checked on every run; nothing is reused.
 *   <li>{@link Reads#PAGE}: {@link #checkPage}'s findings for a page depend only on that page's
 *       bytes, the source file of the report it shows, the settings ({@code jbake.properties}) and
 *       what the rule asks the {@link CheckContext} for while checking it — other files' presence
 *       ({@code links().existingFile}), other pages' anchors, other reports ({@code reportAt}),
 *       their source lines, the whole model ({@code reports()}, {@code index()}) and {@code
 *       today()}; the context records each of these per page, and a change to any of them checks
 *       the page again. Such a rule keeps no state between pages, except what it passes to {@link
 *       Findings#remember} for its {@link #checkSite}: a reused page gives that back through {@link
 *       #recall}. Its {@link #checkSite} runs on every check.
 *   <li>{@link Reads#MODEL}: no page at all, only the reports, their index, the settings and today,
 *       in {@link #checkSite}, which runs on every check (it costs no page parsing).
 * </ul>
 */
public interface Rule {
  /** What a rule's findings are made from; see {@link Rule}. */
  enum Reads {
    PAGE,
    MODEL,
    SITE
  }

  /** The rule id: its name in findings and its key {@code check.<id>} in jbake.properties. */
  String id();

  /** Whether a finding fails the build unless jbake.properties says otherwise. */
  Severity defaultSeverity();

  /** What the rule's findings depend on; {@link Reads#SITE} (never reused) unless it says. */
  default Reads reads() {
    return Reads.SITE;
  }

  /**
   * The default severity for the site of {@code config}, for rules whose default depends on the
   * site (e.g. stricter once it is in production); {@link #defaultSeverity()} unless overridden.
   */
  default Severity defaultSeverity(SiteConfig config) {
    return defaultSeverity();
  }

  /** Checks one page; may be called from several threads at once for different pages. */
  default void checkPage(Page page, CheckContext context, Findings out) {}

  /**
   * For {@link Reads#PAGE} rules: the page {@code page} (showing {@code report}) was not checked
   * again; {@code remembered} is what {@link #checkPage} passed to {@link Findings#remember} for it
   * when it was. May be called from several threads at once for different pages.
   */
  default void recall(
      String page, Optional<Report> report, List<String> remembered, CheckContext context) {}

  /** Called once, after {@link #checkPage} returned (or {@link #recall}) for every page. */
  default void checkSite(CheckContext context, Findings out) {}
}
