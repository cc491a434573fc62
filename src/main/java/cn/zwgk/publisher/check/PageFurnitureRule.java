package cn.zwgk.publisher.check;

import cn.zwgk.publisher.importer.DisclosureMetadataParser;
import cn.zwgk.publisher.importer.SourcePosition;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import cn.zwgk.publisher.residue.PortalChrome;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Portal chrome in a built report's body: print and font controls, view counters, accessibility and
 * language switches, breadcrumbs, site banners, flattened-table residue, a copied metadata block —
 * the furniture of the portal a report was copied from, which the report's own page already has
 * (its template prints the metadata table and the controls). By the same lexicon the importer
 * removes it with ({@link PortalChrome}); only whole blocks of the body are judged, so text that
 * mentions such words (无障碍环境建设) is not chrome.
 */
final class PageFurnitureRule implements Rule {
  private static final String BLOCKS =
      "p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, pre, div";

  @Override
  public String id() {
    return "page_furniture";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  /** Its findings come from the page (and its report's source lines) and the settings only. */
  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.isHtml()) {
      return;
    }
    Element body = page.document().selectFirst(".report-body");
    if (body == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Element e : body.select(BLOCKS)) {
      if (e.is("div") && !e.select(BLOCKS.replace(", div", "")).isEmpty()) {
        continue;
      }
      String text = e.text().strip();
      Optional<String> kind = kind(text);
      if (kind.isEmpty() || !seen.add(text)) {
        continue;
      }
      Source source = TextFinding.source(page, text, context);
      out.add(
          page.path(),
          source,
          Text.of("check.page_furniture", kindName(kind.get()), shown(text)),
          TextFinding.advice(page, source, Text.of("check.page_furniture.fix")));
    }
  }

  /** What kind of chrome {@code text} is, or empty. */
  static Optional<String> kind(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> chrome = PortalChrome.shipped().classify(text, PortalChrome.Where.BODY);
    if (chrome.isPresent()) {
      return chrome;
    }
    if (text.length() <= 200
        && DisclosureMetadataParser.startsWithLabel(text)
        && DisclosureMetadataParser.parseLine(text, new SourcePosition(1, 1)).size() >= 2) {
      return Optional.of("metadata block");
    }
    return Optional.empty();
  }

  /**
   * The reader's name of a kind of chrome ({@code column name} → key {@code chrome.column_name}).
   */
  private static Text kindName(String kind) {
    return Text.of("chrome." + kind.replace(' ', '_'));
  }

  private static String shown(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
