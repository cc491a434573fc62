package cn.zwgk.publisher.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's form read and checked cell by cell: each test plants one error in a valid form. */
class DisclosureFormTest {
  static final String PATH = "content/reports/2024/nb.md";

  static String consistent() {
    try (InputStream in = DisclosureFormTest.class.getResourceAsStream("consistent-body.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every problem of {@code body}, printed, parsed with the body starting on line 1. */
  static List<String> problems(String body) {
    List<Problem> problems = new ArrayList<>();
    DisclosureTables tables = new DisclosureFormParser().parse(PATH, body, 1, problems);
    new DisclosureTablesValidator().check(PATH, tables, problems);
    return problems.stream().map(Problem::format).toList();
  }

  /** {@code body} with the first line starting with {@code rowStart} replaced by {@code row}. */
  static String replaceRow(String body, String rowStart, String row) {
    StringBuilder out = new StringBuilder();
    boolean done = false;
    for (String line : body.split("\n", -1)) {
      if (!done && line.startsWith(rowStart)) {
        out.append(row);
        done = true;
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    assertTrue(done, rowStart);
    return out.substring(0, out.length() - 1);
  }

  static int lineOf(String body, String start) {
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start);
  }

  @Test
  void acceptsAConsistentReport() {
    assertEquals(List.of(), problems(consistent()));
  }

  @Test
  void readsEveryCell() {
    List<Problem> problems = new ArrayList<>();
    DisclosureTables t = new DisclosureFormParser().parse(PATH, consistent(), 1, problems);
    assertEquals(12, t.get(DisclosureTable.RULES).orElseThrow().count(1, 2));
    assertEquals("1.25", t.get(DisclosureTable.FEES).orElseThrow().value(0, 0).toPlainString());
    assertEquals(11, t.get(DisclosureTable.APPLICATIONS).orElseThrow().count(0, 6));
    assertEquals(1, t.get(DisclosureTable.REVIEWS).orElseThrow().count(2, 4));
  }

  @Test
  void namesTheColumnTotalThatIsNotTheSumOfItsRow() {
    String body =
        replaceRow(consistent(), "| 三、（一）予以公开", "| 三、（一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 7 |");
    int line = lineOf(body, "| 三、（一）予以公开");
    List<String> problems = problems(body);
    assertEquals(
        PATH
            + ":"
            + line
            + ": 表三 三、（一）予以公开 × 总计: is 7, but 自然人 + 商业企业 + 科研机构 + 社会公益组织 +"
            + " 法律服务机构 + 其他 add up to 6 (expected their sum)",
        problems.get(0));
    // The wrong 7 also breaks 三（七） of the 总计 column, which is named too.
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.contains("表三 三、（七）总计 × 总计: is 11, but 三、（一） to （六） add up to 12")),
        problems.toString());
  }

  @Test
  void namesTheResultTotalThatIsNotTheSumOfTheResults() {
    String body = replaceRow(consistent(), "| 三、（七）总计", "| 三、（七）总计 | 9 | 1 | 0 | 0 | 0 | 0 | 10 |");
    List<String> problems = problems(body);
    int line = lineOf(body, "| 三、（七）总计");
    assertTrue(
        problems.contains(
            PATH
                + ":"
                + line
                + ": 表三 三、（七）总计 × 自然人: is 9, but 三、（一） to （六） add up to 10 (expected"
                + " their sum)"),
        problems.toString());
  }

  @Test
  void namesTheColumnWhereNewPlusCarriedInIsNotResultsPlusCarriedOut() {
    String body =
        replaceRow(consistent(), "| 二、上年结转", "| 二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |");
    int line = lineOf(body, "| 四、结转下年度继续办理");
    assertEquals(
        List.of(
            PATH
                + ":"
                + line
                + ": 表三 四、结转下年度继续办理 × 自然人: 一 + 二 = 10 + 3 = 13, but 三（七） + 四 = 10 + 2"
                + " = 12 (expected equal: 第一项加第二项之和，等于第三项加第四项之和)",
            PATH
                + ":"
                + line
                + ": 表三 四、结转下年度继续办理 × 总计: 一 + 二 = 11 + 3 = 14, but 三（七） + 四 = 11 + 2"
                + " = 13 (expected equal: 第一项加第二项之和，等于第三项加第四项之和)"),
        problems(body));
  }

  @Test
  void namesTheReviewTotalThatIsNotTheSumOfItsResults() {
    String body = replaceRow(consistent(), "| 行政诉讼 复议后起诉", "| 行政诉讼 复议后起诉 | 1 | 1 | 0 | 0 | 1 |");
    assertEquals(
        List.of(
            PATH
                + ":"
                + lineOf(body, "| 行政诉讼 复议后起诉")
                + ": 表四 行政诉讼 复议后起诉 × 总计: is 1, but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 add up"
                + " to 2 (expected their sum)"),
        problems(body));
  }

  @Test
  void rejectsANegativeCount() {
    String body = replaceRow(consistent(), "| 行政许可", "| 行政许可 | -3 |");
    assertEquals(
        List.of(
            PATH
                + ":"
                + lineOf(body, "| 行政许可")
                + ": 表二 第二十条第（五）项 行政许可 × 本年处理决定数量: \"-3\" is not a number (expected a"
                + " whole number of 0 or more, 0 when there is none)"),
        problems(body));
  }

  @Test
  void rejectsADecimalCountButAcceptsAFeeInWanYuan() {
    String body = replaceRow(consistent(), "| 行政处罚", "| 行政处罚 | 1.5 |");
    assertEquals(1, problems(body).size());
    assertTrue(
        problems(body).get(0).contains("表二 第二十条第（六）项 行政处罚 × 本年处理决定数量: \"1.5\" is not a number"));
    String fee = replaceRow(consistent(), "| 行政事业性收费", "| 行政事业性收费 | 万元 |");
    assertTrue(
        problems(fee)
            .get(0)
            .endsWith("\"万元\" is not a number (expected an amount in 万元 such as 0 or 1.25)"),
        problems(fee).toString());
  }

  @Test
  void rejectsAnEmptyCellAndAMissingCell() {
    String body = replaceRow(consistent(), "| 行政强制", "| 行政强制 |  |");
    assertTrue(
        problems(body)
            .get(0)
            .endsWith(
                "表二 第二十条第（六）项 行政强制 × 本年处理决定数量: is empty (expected a whole number of 0 or more, 0 when there is none)"),
        problems(body).toString());
    String missing = replaceRow(consistent(), "| 行政复议 |", "| 行政复议 | 1 | 0 | 0 | 1 |");
    assertEquals(
        List.of(
            PATH
                + ":"
                + lineOf(missing, "| 行政复议 |")
                + ": 表四 行政复议 × 总计: is missing (expected a number, 0 when there is none)"),
        problems(missing));
  }

  @Test
  void namesAMissingTable() {
    String body = consistent().replace("| 第二十条第（八）项", "| 第二十条第（九）项");
    assertEquals(
        List.of(
            PATH
                + ":1: 表二 第二十条第（八）项: is missing (expected a pipe table whose first header cell is"
                + " 第二十条第（八）项, as 国办公开办函〔2021〕30号 requires; see docs/annual-report.md)"),
        problems(body));
  }

  @Test
  void namesARenamedRow() {
    String body =
        replaceRow(
            consistent(), "| 三、（五）不予处理 2.重复申请", "| 三、（五）不予处理 2.重复投诉 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
    assertEquals(
        List.of(
            PATH
                + ":"
                + lineOf(body, "| 三、（五）不予处理 2.重复投诉")
                + ": 表三: row \"三、（五）不予处理 2.重复投诉\" is not the format's \"三、（五）不予处理 2.重复申请\""
                + " (expected it next)"),
        problems(body));
  }

  @Test
  void namesAMissingRowByTheRowThatCameInstead() {
    String body =
        replaceRow(consistent(), "| 三、（三）不予公开 3.", "")
            .replace("\n\n| 三、（三）不予公开 4.", "\n| 三、（三）不予公开 4.");
    assertEquals(
        List.of(
            PATH
                + ":"
                + lineOf(body, "| 三、（三）不予公开 4.")
                + ": 表三: row 三、（三）不予公开 3.危及“三安全一稳定” is missing (expected it before 三、（三）不予公开"
                + " 4.保护第三方合法权益)"),
        problems(body));
  }

  @Test
  void namesAnExtraRowAndAnExtraColumn() {
    String body = replaceRow(consistent(), "| 行政强制", "| 行政强制 | 0 |\n| 行政征收 | 2 |");
    assertEquals(
        List.of(
            PATH
                + ":"
                + lineOf(body, "| 行政征收")
                + ": 表二 第二十条第（六）项: has an extra row \"行政征收\" (the format has no such row)"),
        problems(body));
    String column =
        consistent().replace("| 第二十条第（五）项 | 本年处理决定数量 |", "| 第二十条第（五）项 | 本年处理决定数量 | 上年数量 |");
    assertEquals(
        List.of(
            PATH
                + ":"
                + lineOf(column, "| 第二十条第（五）项")
                + ": 表二 第二十条第（五）项: has an extra column \"上年数量\" (the format has no such column)"),
        problems(column));
  }

  @Test
  void acceptsHalfWidthBracketsSpacesAndFullWidthDigits() {
    String body =
        replaceRow(consistent(), "| 三、（一）予以公开", "| 三、(一) 予以公开 | ５ | 1 | 0 | 0 | 0 | 0 | 6 |")
            .replace("| 第二十条第（一）项", "| 第二十条第(一)项");
    assertEquals(List.of(), problems(body));
  }

  @Test
  void leavesOtherTablesAndCodeBlocksAlone() {
    String body = "| 项目 | 数量 |\n|---|---|\n| 培训 | 三次 |\n\n```\n| 申请人情况 | x |\n```\n" + consistent();
    assertEquals(List.of(), problems(body));
  }

  @Test
  void namesATableGivenTwice() {
    String body = consistent() + "\n\n| 第二十条第（五）项 | 本年处理决定数量 |\n|---|---:|\n| 行政许可 | 25 |\n";
    List<String> problems = problems(body);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).endsWith("表二 第二十条第（五）项: is given twice (first on line 12; expected once)"),
        problems.toString());
  }
}
