package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.site.PageModels;
import java.util.concurrent.atomic.AtomicInteger;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;

/**
 * Renders one page per published report, in parallel. Each body is parsed by the registered {@code
 * md} engine (ours) at render time and dropped after its page is written, so memory holds only
 * metadata, never every body at once. Neighbours come from the index (O(1) per page), not from
 * re-querying all documents as JBake's {@code DocumentsRenderer} does.
 */
public final class ReportPagesRenderer extends PublisherRenderingTool {

  @Override
  int renderPages(PageWriter out, ReportContentStore store, JBakeConfiguration config) {
    ParserEngine engine = Engines.get("md");
    if (!(engine instanceof ReportMarkupEngine markup)) {
      out.fail("the md markup engine is " + engine + ", not the publisher's ReportMarkupEngine");
      return 0;
    }
    PageModels pages = store.pages();
    AtomicInteger count = new AtomicInteger();
    store.progress().stage("reportpages", pages.index().published().size());
    pages.index().published().parallelStream()
        .forEach(
            report -> {
              if (renderOne(out, markup, config, pages, report)) {
                count.incrementAndGet();
              }
              store.progress().advance();
            });
    return count.get();
  }

  private static boolean renderOne(
      PageWriter out,
      ReportMarkupEngine markup,
      JBakeConfiguration config,
      PageModels pages,
      Report report) {
    String fingerprint =
        out.store().sourceHash(report.path()) + "|" + pages.reportFingerprint(report);
    String key = out.key("report", report.uri(), fingerprint);
    if (out.reuse(report.uri(), key)) {
      return true;
    }
    DocumentModel parsed = markup.parse(config, report.file().toFile());
    if (parsed == null) {
      out.fail(report.path() + ": JBake could not parse the file it validated");
      return false;
    }
    out.store().bodyTexts().keep(report, (String) parsed.get(ReportMarkupEngine.BODY_TEXT));
    var page = pages.reportPage(report, AutoEscapingFreemarkerEngine.markup(parsed.getBody()));
    return out.write(PageWriter.document("report", report.uri(), page), key);
  }
}
