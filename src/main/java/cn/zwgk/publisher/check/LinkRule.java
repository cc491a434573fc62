package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Broken internal links, missing anchors and missing images, stylesheets, scripts and attachments:
 * every {@code href}, {@code src} and {@code srcset} of every page (and the links of the feed and
 * sitemap) must name a file of the built site, and a {@code #fragment} an id of the page it points
 * to. External URLs are left to {@link ExternalLinkRule}.
 */
final class LinkRule implements Rule {
  private static final Text ANCHOR_ADVICE = Text.of("check.links.anchor.advice");

  @Override
  public String id() {
    return "links";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    for (Page.PageLink l : page.links(context)) {
      check(page, l.element(), l.link(), context, out);
    }
    if (!page.isHtml()) {
      for (Element loc : page.document().select("loc")) {
        check(page, loc, context.links().resolve(page.path(), loc.text()), context, out);
      }
    }
  }

  private void check(
      Page page, Element e, SiteLinks.Link link, CheckContext context, Findings out) {
    if (link.kind() == SiteLinks.Kind.OTHER || link.kind() == SiteLinks.Kind.EXTERNAL) {
      return;
    }
    String what = what(e, link.path());
    if (link.kind() == SiteLinks.Kind.OUTSIDE) {
      Source source = source(page, link.raw(), context);
      out.add(
          page.path(),
          source,
          Text.of("check.links.outside", whatText(what), link.raw(), link.path()),
          advice(source, what));
      return;
    }
    String file = context.links().existingFile(link.path());
    if (file == null) {
      Source source = source(page, link.raw(), context);
      out.add(
          page.path(),
          source,
          link.path().isEmpty()
              ? Text.of("check.links.missing_root", whatText(what), link.raw())
              : Text.of("check.links.missing", whatText(what), link.raw(), link.path()),
          advice(source, what));
      return;
    }
    if (link.fragment().isEmpty() || !(file.endsWith(".html") || file.endsWith(".htm"))) {
      return;
    }
    boolean found =
        file.equals(page.path())
            ? hasAnchor(page, link.fragment())
            : context.anchors(file).contains(link.fragment());
    if (!found) {
      Source source = source(page, link.raw(), context);
      out.add(page.path(), source, missingAnchor(what, link, file), ANCHOR_ADVICE);
    }
  }

  private static boolean hasAnchor(Page page, String id) {
    return page.document().getElementById(id) != null
        || !page.document().getElementsByAttributeValue("name", id).isEmpty();
  }

  private static Text missingAnchor(String what, SiteLinks.Link link, String file) {
    return Text.of("check.links.anchor", whatText(what), link.raw(), link.fragment(), file);
  }

  /** The word for what a link is used for, in the reader's language. */
  private static Text whatText(String what) {
    return Text.of("check.what." + what.replace(' ', '_'));
  }

  /** Where the link is written: the report source line that has the URL, else nowhere known. */
  static Source source(Page page, String raw, CheckContext context) {
    return source(page.report(), raw, context);
  }

  private static Source source(Optional<Report> report, String raw, CheckContext context) {
    if (report.isEmpty()) {
      return Source.NONE;
    }
    int line = context.sources().lineOf(report.get(), raw);
    return line > 0 ? Source.of(report.get(), line) : Source.NONE;
  }

  private static Text advice(Source source, String what) {
    if (!source.path().isEmpty()) {
      return Text.of("check.links.advice.source", whatText(what), source.path());
    }
    return Text.of("check.links.advice.template");
  }

  /** What the page uses the URL for, in the words of the finding. */
  private static String what(Element e, String path) {
    String tag = e.normalName();
    return switch (tag) {
      case "img", "source", "picture" -> "image";
      case "script" -> "script";
      case "iframe", "frame" -> "frame";
      case "video", "audio", "track" -> "media file";
      case "link" ->
          e.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")
              ? "stylesheet"
              : "linked file";
      case "a", "area" -> isPage(path) ? "link" : "attachment";
      default -> "reference";
    };
  }

  private static boolean isPage(String path) {
    return path.isEmpty()
        || path.endsWith("/")
        || path.endsWith(".html")
        || path.endsWith(".htm")
        || path.endsWith(".xml");
  }
}
