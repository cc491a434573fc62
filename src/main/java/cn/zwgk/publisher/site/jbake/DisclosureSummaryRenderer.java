package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.annualreport.DisclosureFormParser;
import cn.zwgk.publisher.annualreport.DisclosureReportRules;
import cn.zwgk.publisher.annualreport.DisclosureSummary;
import cn.zwgk.publisher.annualreport.DisclosureSummaryWriter;
import cn.zwgk.publisher.annualreport.DisclosureTables;
import cn.zwgk.publisher.annualreport.KeyFigure;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.site.Pages.Crumb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Seam (issue 15): renders the summary of every 政府信息公开工作年度报告 — one page sorted by issuer and year,
 * one page per {@link KeyFigure} sorted by it (sorting without JavaScript), and the same figures as
 * {@value #CSV} and {@value #JSON}. Writes nothing when the site has no such report.
 */
public final class DisclosureSummaryRenderer extends PublisherRenderingTool {
  static final String FOLDER = "disclosure/";
  static final String INDEX = FOLDER + "index.html";
  static final String CSV = FOLDER + "summary.csv";
  static final String JSON = FOLDER + "summary.json";

  /** The summary page: the columns (each a link to the page sorted by it) and the rows. */
  public record SummaryPage(
      List<Column> columns,
      String sortedBy,
      List<RowView> rows,
      String csv,
      String json,
      List<Crumb> crumbs) {}

  /** A column head: its label, the page sorted by it, and whether this page is. */
  public record Column(String label, String uri, boolean sorted) {}

  /**
   * A row as shown: issuer, county, year, report page, its publication date (yyyy-MM-dd) and
   * figures (empty text when absent).
   */
  public record RowView(
      String issuer, String county, int year, String uri, String date, List<String> cells) {}

  @Override
  int renderPages(PageWriter out, ReportContentStore store, JBakeConfiguration config) {
    DisclosureSummary summary = summary(store.pages().index().published(), config);
    if (summary.rows().isEmpty()) {
      return 0;
    }
    if (config.getTemplateByDocType("disclosure-summary") == null) {
      out.fail(
          "jbake.properties: template.disclosure-summary.file is not set (expected"
              + " disclosure-summary.ftlh, the summary page of the 政府信息公开工作年度报告)");
      return 0;
    }
    DisclosureSummaryWriter writer = new DisclosureSummaryWriter();
    byte[] csv = writer.csv(summary).getBytes(StandardCharsets.UTF_8);
    byte[] json = writer.json(summary).getBytes(StandardCharsets.UTF_8);
    store.output().writeIfChanged(CSV, csv, "disclosure-csv|" + summary.hashCode());
    store.output().writeIfChanged(JSON, json, "disclosure-json|" + summary.hashCode());
    int count = out.write("disclosure-summary", INDEX, page(summary, Optional.empty())) ? 1 : 0;
    for (KeyFigure f : KeyFigure.values()) {
      count += out.write("disclosure-summary", uri(f), page(summary, Optional.of(f))) ? 1 : 0;
    }
    return count;
  }

  static String uri(KeyFigure f) {
    return FOLDER + "by-" + f.slug() + ".html";
  }

  private static SummaryPage page(DisclosureSummary summary, Optional<KeyFigure> sort) {
    List<Column> columns = new ArrayList<>();
    for (KeyFigure f : KeyFigure.values()) {
      columns.add(new Column(f.label(), uri(f), sort.equals(Optional.of(f))));
    }
    List<RowView> rows = new ArrayList<>();
    for (DisclosureSummary.Row r : sort.map(summary::sortedBy).orElse(summary.rows())) {
      rows.add(new RowView(r.issuer(), r.county(), r.year(), r.uri(), r.date(), r.cells()));
    }
    List<Crumb> crumbs = List.of(new Crumb("首页", "index.html"), new Crumb("信息公开年报数据", INDEX));
    return new SummaryPage(columns, sort.map(KeyFigure::label).orElse(""), rows, CSV, JSON, crumbs);
  }

  private static DisclosureSummary summary(List<Report> published, JBakeConfiguration config) {
    SourceFileParser parser = new SourceFileParser(config.getHeaderSeparator());
    DisclosureFormParser form = new DisclosureFormParser();
    List<DisclosureSummary.Row> rows = new ArrayList<>();
    for (Report r : published) {
      if (!DisclosureReportRules.applies(r)) {
        continue; // only 年报 have tables: the other reports' files are not read again
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(r.file());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + r.path(), e);
      }
      // Validated before baking; problems here were already reported.
      List<Problem> seen = new ArrayList<>();
      Optional<SourceFile> source = parser.parse(r.path(), r.file(), bytes, seen);
      if (source.isPresent() && r.year().isPresent()) {
        SourceFile s = source.get();
        DisclosureTables tables = form.parse(s.path(), s.body(), s.bodyLine(), seen);
        rows.add(
            DisclosureSummary.Row.of(
                r.issuer(),
                r.county(),
                r.township(),
                r.reportYear(),
                r.uri(),
                r.title(),
                r.publicationDate().toString(),
                tables));
      }
    }
    return new DisclosureSummary(rows);
  }
}
