package cn.zwgk.publisher.annualreport;

import java.util.List;
import java.util.Optional;

/**
 * The tables of the 政府信息公开工作年度报告 format (国办公开办函〔2021〕30号) in the editor's form: each is a Markdown
 * pipe table whose first header cell names it, whose other header cells are its value columns and
 * whose rows carry the labels below, in this order. The row and column labels are the format's own;
 * only 表三's row labels carry their parent's number (三、（三）…) so that each row can be named alone,
 * and 表四 is written transposed (one row per 行政复议 / 行政诉讼 group) so that it can be typed in a text
 * editor.
 */
public enum DisclosureTable {
  /** 二、主动公开政府信息情况, 第二十条第（一）项. */
  RULES(
      "表二 第二十条第（一）项",
      "第二十条第（一）项",
      List.of("本年制发件数", "本年废止件数", "现行有效件数"),
      List.of("规章", "行政规范性文件"),
      false),
  /** 第二十条第（五）项. */
  LICENSING("表二 第二十条第（五）项", "第二十条第（五）项", List.of("本年处理决定数量"), List.of("行政许可"), false),
  /** 第二十条第（六）项. */
  ENFORCEMENT("表二 第二十条第（六）项", "第二十条第（六）项", List.of("本年处理决定数量"), List.of("行政处罚", "行政强制"), false),
  /** 第二十条第（八）项: an amount in 万元, the one cell that may have decimals. */
  FEES("表二 第二十条第（八）项", "第二十条第（八）项", List.of("本年收费金额（单位：万元）"), List.of("行政事业性收费"), true),
  /** 三、收到和处理政府信息公开申请情况. */
  APPLICATIONS(
      "表三",
      "申请人情况",
      List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
      List.of(
          "一、本年新收政府信息公开申请数量",
          "二、上年结转政府信息公开申请数量",
          "三、（一）予以公开",
          "三、（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
          "三、（三）不予公开 1.属于国家秘密",
          "三、（三）不予公开 2.其他法律行政法规禁止公开",
          "三、（三）不予公开 3.危及“三安全一稳定”",
          "三、（三）不予公开 4.保护第三方合法权益",
          "三、（三）不予公开 5.属于三类内部事务信息",
          "三、（三）不予公开 6.属于四类过程性信息",
          "三、（三）不予公开 7.属于行政执法案卷",
          "三、（三）不予公开 8.属于行政查询事项",
          "三、（四）无法提供 1.本机关不掌握相关政府信息",
          "三、（四）无法提供 2.没有现成信息需要另行制作",
          "三、（四）无法提供 3.补正后申请内容仍不明确",
          "三、（五）不予处理 1.信访举报投诉类申请",
          "三、（五）不予处理 2.重复申请",
          "三、（五）不予处理 3.要求提供公开出版物",
          "三、（五）不予处理 4.无正当理由大量反复申请",
          "三、（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
          "三、（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "三、（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          "三、（六）其他处理 3.其他",
          "三、（七）总计",
          "四、结转下年度继续办理"),
      false),
  /** 四、政府信息公开行政复议、行政诉讼情况, transposed. */
  REVIEWS(
      "表四",
      "行政复议、行政诉讼",
      List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
      List.of("行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉"),
      false);

  // Row indexes of 表三 the relations use.
  static final int NEW = 0;
  static final int CARRIED_IN = 1;
  static final int FIRST_RESULT = 2;
  static final int RESULT_TOTAL = 23;
  static final int CARRIED_OUT = 24;
  static final int GRANTED = 2;
  static final int PARTLY = 3;
  static final int REFUSED_FIRST = 4;
  static final int REFUSED_LAST = 11;

  private final String displayName;
  private final String headerLabel;
  private final List<String> columns;
  private final List<String> rows;
  private final boolean amounts;

  DisclosureTable(
      String displayName,
      String headerLabel,
      List<String> columns,
      List<String> rows,
      boolean amounts) {
    this.displayName = displayName;
    this.headerLabel = headerLabel;
    this.columns = columns;
    this.rows = rows;
    this.amounts = amounts;
  }

  /** How problems name the table: 表二 第二十条第（一）项, 表三, 表四. */
  public String displayName() {
    return displayName;
  }

  /** The first header cell of the table in the editor's form. */
  public String headerLabel() {
    return headerLabel;
  }

  /** The value columns, in order. */
  public List<String> columns() {
    return columns;
  }

  /** The row labels, in order. */
  public List<String> rows() {
    return rows;
  }

  /** Whether cells are amounts (万元, decimals allowed) rather than counts. */
  public boolean amounts() {
    return amounts;
  }

  /** The table whose first header cell is {@code label}, compared as {@link Labels#same} does. */
  public static Optional<DisclosureTable> byHeader(String label) {
    for (DisclosureTable t : values()) {
      if (Labels.same(t.headerLabel, label)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The short label of row {@code row} as problems print it (e.g. 三（七）总计). */
  String rowName(int row) {
    return rows.get(row);
  }
}
