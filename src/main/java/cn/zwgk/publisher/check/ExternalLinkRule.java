package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.Set;

/**
 * Lists every link to another site (links, images, stylesheets; scripts and frames are {@link
 * ForeignScriptRule}'s). They are not fetched — there is no network in CI — so a maintainer checks
 * them by hand.
 */
final class ExternalLinkRule implements Rule {
  /** Elements whose URLs are listed; scripts and frames are ForeignScriptRule's. */
  private static final Set<String> LISTED =
      Set.of("a", "area", "link", "img", "source", "picture", "video", "audio", "track");

  @Override
  public String id() {
    return "external_link";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.isHtml()) {
      return;
    }
    for (Page.PageLink l : page.links(context)) {
      if (l.link().kind() == SiteLinks.Kind.EXTERNAL
          && LISTED.contains(l.element().normalName())
          && !isFilingLookup(l.link().raw())) {
        out.add(
            page.path(),
            LinkRule.source(page, l.link().raw(), context),
            Text.of("check.external_links", l.link().raw()),
            Text.of("check.external_links.advice"));
      }
    }
  }

  /** The footer's ICP and 公安 filing links go where the regulators require; nothing to review. */
  private static boolean isFilingLookup(String url) {
    return url.startsWith(cn.zwgk.publisher.config.SiteIdentity.ICP_LOOKUP)
        || url.startsWith(cn.zwgk.publisher.config.SiteIdentity.PUBLIC_SECURITY_LOOKUP);
  }
}
