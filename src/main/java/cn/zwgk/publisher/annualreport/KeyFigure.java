package cn.zwgk.publisher.annualreport;

import static cn.zwgk.publisher.annualreport.DisclosureTable.APPLICATIONS;
import static cn.zwgk.publisher.annualreport.DisclosureTable.ENFORCEMENT;
import static cn.zwgk.publisher.annualreport.DisclosureTable.FEES;
import static cn.zwgk.publisher.annualreport.DisclosureTable.LICENSING;
import static cn.zwgk.publisher.annualreport.DisclosureTable.REVIEWS;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The key figures of a 年报 on the summary page and in its CSV and JSON, each read from the 总计 column
 * (表三) or 总计 cell (表四) of the national tables. {@link #slug} names the page sorted by it and the
 * JSON key.
 */
public enum KeyFigure {
  NEW("新收申请", "new", APPLICATIONS, 0, 0),
  CARRIED_IN("上年结转", "carried-in", APPLICATIONS, 1, 1),
  GRANTED("予以公开", "granted", APPLICATIONS, 2, 2),
  PARTLY("部分公开", "partly", APPLICATIONS, 3, 3),
  REFUSED("不予公开", "refused", APPLICATIONS, 4, 11),
  UNAVAILABLE("无法提供", "unavailable", APPLICATIONS, 12, 14),
  NOT_PROCESSED("不予处理", "not-processed", APPLICATIONS, 15, 19),
  OTHER("其他处理", "other", APPLICATIONS, 20, 22),
  CARRIED_OUT("结转下年度", "carried-out", APPLICATIONS, 24, 24),
  REVIEWS_TOTAL("行政复议", "reviews", REVIEWS, 0, 0),
  LAWSUITS("行政诉讼", "lawsuits", REVIEWS, 1, 2),
  LICENCES("行政许可", "licences", LICENSING, 0, 0),
  PENALTIES("行政处罚", "penalties", ENFORCEMENT, 0, 0),
  FEE("收费（万元）", "fees", FEES, 0, 0);

  private final String label;
  private final String slug;
  private final DisclosureTable table;
  private final int firstRow;
  private final int lastRow;

  KeyFigure(String label, String slug, DisclosureTable table, int firstRow, int lastRow) {
    this.label = label;
    this.slug = slug;
    this.table = table;
    this.firstRow = firstRow;
    this.lastRow = lastRow;
  }

  public String label() {
    return label;
  }

  public String slug() {
    return slug;
  }

  /** The figure: the sum of the last column over its rows, empty when the table is incomplete. */
  public Optional<BigDecimal> of(DisclosureTables tables) {
    return tables
        .complete(table)
        .map(
            t -> {
              int column = table.columns().size() - 1;
              BigDecimal sum = BigDecimal.ZERO;
              for (int r = firstRow; r <= lastRow; r++) {
                sum = sum.add(t.value(r, column));
              }
              return sum;
            });
  }
}
