package cn.zwgk.publisher.annualreport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders the national tables in the official layout of 国办公开办函〔2021〕30号: merged header cells, the
 * format's row labels, {@code th} with {@code scope} and a caption on every table. {@link #replace}
 * swaps the editor's pipe tables in a rendered body for these; text is only fixed labels and
 * validated numbers, set through Jsoup, so nothing needs escaping by hand. Thread-safe.
 */
public final class DisclosureTablesHtml {
  static final String CAPTION_PUBLISHED = "表二　主动公开政府信息情况";
  static final String CAPTION_APPLICATIONS = "表三　收到和处理政府信息公开申请情况";
  static final String CAPTION_REVIEWS = "表四　政府信息公开行政复议、行政诉讼情况";
  static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  /**
   * {@code bodyHtml} with the editor's tables replaced: 表二's four pipe tables become one table
   * where the first stood, 表三 and 表四 where theirs stood. Tables missing from {@code tables} are
   * left as written.
   */
  public String replace(String bodyHtml, DisclosureTables tables) {
    Document doc = Jsoup.parseBodyFragment(bodyHtml);
    doc.outputSettings().prettyPrint(false);
    for (Element table : doc.body().select("table")) {
      Element first = table.selectFirst("th, td");
      Optional<DisclosureTable> kind =
          first == null ? Optional.empty() : DisclosureTable.byHeader(first.text());
      if (kind.isEmpty()) {
        continue;
      }
      switch (kind.get()) {
        case RULES -> published(tables).ifPresent(t -> table.replaceWith(scroll(t)));
        case LICENSING, ENFORCEMENT, FEES -> {
          if (published(tables).isPresent()) {
            table.remove();
          }
        }
        case APPLICATIONS ->
            tables
                .complete(DisclosureTable.APPLICATIONS)
                .ifPresent(t -> table.replaceWith(scroll(applications(t))));
        case REVIEWS ->
            tables
                .complete(DisclosureTable.REVIEWS)
                .ifPresent(t -> table.replaceWith(scroll(reviews(t))));
      }
    }
    return doc.body().html();
  }

  private Optional<Element> published(DisclosureTables tables) {
    var rules = tables.complete(DisclosureTable.RULES);
    var licensing = tables.complete(DisclosureTable.LICENSING);
    var enforcement = tables.complete(DisclosureTable.ENFORCEMENT);
    var fees = tables.complete(DisclosureTable.FEES);
    if (rules.isEmpty() || licensing.isEmpty() || enforcement.isEmpty() || fees.isEmpty()) {
      return Optional.empty();
    }
    Element table = table("disclosure-published", CAPTION_PUBLISHED);
    Element body = table.appendElement("tbody");
    for (FilledTable t : List.of(rules.get(), licensing.get(), enforcement.get(), fees.get())) {
      th(body.appendElement("tr"), t.table().headerLabel(), "colgroup", 4, 1)
          .addClass("disclosure-group");
      Element head = body.appendElement("tr");
      th(head, "信息内容", "col", 1, 1);
      int span = t.table().columns().size() == 1 ? 3 : 1;
      for (String c : t.table().columns()) {
        th(head, c, "col", span, 1);
      }
      for (int r = 0; r < t.table().rows().size(); r++) {
        Element tr = body.appendElement("tr");
        th(tr, t.table().rows().get(r), "row", 1, 1);
        for (int c = 0; c < t.table().columns().size(); c++) {
          td(tr, t.value(r, c), span);
        }
      }
    }
    return Optional.of(table);
  }

  Element applications(FilledTable t) {
    Element table = table("disclosure-applications", CAPTION_APPLICATIONS);
    Element head = table.appendElement("thead");
    Element top = head.appendElement("tr");
    th(top, BALANCE_NOTE, "col", 3, 3).addClass("disclosure-note");
    th(top, "申请人情况", "colgroup", 7, 1);
    Element middle = head.appendElement("tr");
    th(middle, "自然人", "col", 1, 2);
    th(middle, "法人或其他组织", "colgroup", 5, 1);
    th(middle, "总计", "col", 1, 2);
    Element bottom = head.appendElement("tr");
    for (String c : t.table().columns().subList(1, 6)) {
      th(bottom, c, "col", 1, 1);
    }
    Element body = table.appendElement("tbody");
    List<String> rows = t.table().rows();
    for (int r = 0; r < rows.size(); r++) {
      Element tr = body.appendElement("tr");
      String label = rows.get(r);
      if (r < DisclosureTable.FIRST_RESULT || r == DisclosureTable.CARRIED_OUT) {
        th(tr, label, "row", 3, 1);
      } else {
        resultLabels(tr, r, label);
      }
      for (int c = 0; c < t.table().columns().size(); c++) {
        td(tr, t.value(r, c), 1);
      }
    }
    return table;
  }

  /** The label cells of a 三、本年度办理结果 row: group cells open on the group's first row. */
  private static void resultLabels(Element tr, int r, String label) {
    if (r == DisclosureTable.FIRST_RESULT) {
      th(tr, "三、本年度办理结果", "rowgroup", 1, DisclosureTable.RESULT_TOTAL - r + 1);
    }
    String rest = label.substring("三、".length());
    int space = rest.indexOf(' ');
    if (space < 0) {
      th(tr, rest, "row", 2, 1);
      return;
    }
    String group = rest.substring(0, space);
    String item = rest.substring(space + 1);
    if (item.startsWith("1.")) {
      th(tr, group, "rowgroup", 1, groupSize(r, group));
    }
    th(tr, item, "row", 1, 1);
  }

  private static int groupSize(int first, String group) {
    List<String> rows = DisclosureTable.APPLICATIONS.rows();
    int n = 0;
    while (first + n < rows.size() && rows.get(first + n).startsWith("三、" + group + " ")) {
      n++;
    }
    return n;
  }

  Element reviews(FilledTable t) {
    Element table = table("disclosure-reviews", CAPTION_REVIEWS);
    Element head = table.appendElement("thead");
    Element top = head.appendElement("tr");
    th(top, "行政复议", "colgroup", 5, 1);
    th(top, "行政诉讼", "colgroup", 10, 1);
    Element middle = head.appendElement("tr");
    for (String c : t.table().columns()) {
      th(middle, c, "col", 1, 2);
    }
    th(middle, "未经复议直接起诉", "colgroup", 5, 1);
    th(middle, "复议后起诉", "colgroup", 5, 1);
    Element bottom = head.appendElement("tr");
    for (int g = 0; g < 2; g++) {
      for (String c : t.table().columns()) {
        th(bottom, c, "col", 1, 1);
      }
    }
    Element tr = table.appendElement("tbody").appendElement("tr");
    for (int r = 0; r < t.table().rows().size(); r++) {
      for (int c = 0; c < t.table().columns().size(); c++) {
        td(tr, t.value(r, c), 1);
      }
    }
    return table;
  }

  /** A keyboard-scrollable region around a table, so a narrow screen can reach every column. */
  private static Element scroll(Element table) {
    Element region =
        new Element("div")
            .addClass("disclosure-scroll")
            .attr("role", "region")
            .attr("tabindex", "0")
            .attr("aria-label", table.selectFirst("caption").text());
    region.appendChild(table);
    return region;
  }

  private static Element table(String kind, String caption) {
    Element table = new Element("table").addClass("disclosure-table").addClass(kind);
    table.appendElement("caption").text(caption);
    return table;
  }

  private static Element th(Element tr, String text, String scope, int colspan, int rowspan) {
    Element th = tr.appendElement("th").attr("scope", scope).text(text);
    if (colspan > 1) {
      th.attr("colspan", Integer.toString(colspan));
    }
    if (rowspan > 1) {
      th.attr("rowspan", Integer.toString(rowspan));
    }
    return th;
  }

  private static void td(Element tr, BigDecimal value, int colspan) {
    Element td = tr.appendElement("td").text(value.toPlainString());
    if (colspan > 1) {
      td.attr("colspan", Integer.toString(colspan));
    }
  }
}
