package cn.zwgk.publisher.annualreport;

import static cn.zwgk.publisher.annualreport.RealDisclosureReportsTest.check;
import static cn.zwgk.publisher.annualreport.RealDisclosureReportsTest.form;
import static cn.zwgk.publisher.annualreport.RealDisclosureReportsTest.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.problem.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One error planted in a real, consistent report (宿迁市 2024, see real/SOURCES.md) for each relation
 * the format implies: the build names the cell (表 row × column) and says what it expected, in
 * Chinese by default and in English when asked.
 */
class RealDisclosurePlantedErrorsTest {
  private static final String NAME = "jiangsu-suqian-2024.md";
  private static final String PATH = "content/reports/" + NAME;

  /** The report with the line starting {@code start} replaced by {@code line}. */
  private static String planted(String start, String line) {
    String text = form(NAME);
    int at = lineOf(text, start);
    String[] lines = text.split("\n", -1);
    lines[at - 1] = line;
    return String.join("\n", lines);
  }

  private static List<String> problems(String text) {
    return check(NAME, text).printed(Messages.DEFAULT);
  }

  private static String at(String text, String start) {
    return PATH + ":" + lineOf(text, start) + ": ";
  }

  @Test
  void theUnplantedReportIsConsistent() {
    assertEquals(List.of(), problems(form(NAME)));
  }

  @Test
  void aRowWhose总计IsNotTheSumOfItsColumns() {
    String text = planted("| 一、本年新收", "| 一、本年新收政府信息公开申请数量 | 3440 | 75 | 0 | 1 | 6 | 3 | 3526 |");
    assertEquals(
        List.of(
            at(text, "| 一、本年新收")
                + "表三 一、本年新收政府信息公开申请数量 × 总计: 为 3526，但 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 +"
                + " 其他 之和为 3525（应等于各项之和）",
            at(text, "| 四、结转")
                + "表三 四、结转下年度继续办理 × 总计: 一 + 二 = 3526 + 121 = 3647，但 三（七） + 四 = 3521 + 125 = 3646"
                + "（应相等：第一项加第二项之和，等于第三项加第四项之和）"),
        problems(text));
  }

  @Test
  void a三七总计ThatIsNotTheSumOfTheResultsAbove() {
    String text = planted("| 三、（一）予以公开", "| 三、（一）予以公开 | 1409 | 21 | 0 | 0 | 2 | 0 | 1432 |");
    String total = at(text, "| 三、（七）总计");
    assertEquals(
        List.of(
            total + "表三 三、（七）总计 × 总计: 为 3521，但 三、（一）至（六） 之和为 3522（应等于各项之和）",
            total + "表三 三、（七）总计 × 自然人: 为 3440，但 三、（一）至（六） 之和为 3441（应等于各项之和）"),
        problems(text));
  }

  @Test
  void aColumnWhere一Plus二IsNot三七Plus四() {
    String text = planted("| 四、结转", "| 四、结转下年度继续办理 | 119 | 5 | 0 | 0 | 1 | 1 | 126 |");
    String row = at(text, "| 四、结转");
    assertEquals(
        List.of(
            row
                + "表三 四、结转下年度继续办理 × 总计: 一 + 二 = 3525 + 121 = 3646，但 三（七） + 四 = 3521 + 126 = 3647"
                + "（应相等：第一项加第二项之和，等于第三项加第四项之和）",
            row
                + "表三 四、结转下年度继续办理 × 自然人: 一 + 二 = 3440 + 118 = 3558，但 三（七） + 四 = 3440 + 119 = 3559"
                + "（应相等：第一项加第二项之和，等于第三项加第四项之和）"),
        problems(text));
  }

  @Test
  void a表四TotalThatIsNotTheSumOfItsResults() {
    String text = planted("| 行政复议 |", "| 行政复议 | 88 | 18 | 28 | 36 | 171 |");
    assertEquals(
        List.of(
            at(text, "| 行政复议 |")
                + "表四 行政复议 × 总计: 为 171，但 结果维持 + 结果纠正 + 其他结果 + 尚未审结 之和为 170（应等于各项之和）"),
        problems(text));
    assertEquals(
        at(text, "| 行政复议 |")
            + "表四 行政复议 × 总计: is 171, but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 add up to 170 (expected their"
            + " sum)",
        check(NAME, text).printed(Messages.ENGLISH).get(0));
  }

  @Test
  void aMissingRowIsNamedBeforeTheRowThatFollowsIt() {
    String text = form(NAME).replaceFirst("\\| 三、（四）无法提供 2\\.没有现成信息需要另行制作 [^\\n]*\\n", "");
    assertEquals(
        List.of(
            at(text, "| 三、（四）无法提供 3.")
                + "表三: 缺少行 三、（四）无法提供 2.没有现成信息需要另行制作（应在 三、（四）无法提供 3.补正后申请内容仍不明确 之前）"),
        problems(text));
  }

  @Test
  void aRenamedRowIsNamedWithTheFormatsLabel() {
    String text = planted("| 三、（五）不予处理 2.", "| 三、（五）不予处理 2.重复提出申请 | 26 | 1 | 0 | 0 | 0 | 0 | 27 |");
    assertEquals(
        List.of(
            at(text, "| 三、（五）不予处理 2.")
                + "表三: 行“三、（五）不予处理 2.重复提出申请”不是格式规定的“三、（五）不予处理 2.重复申请”（此处应为“三、（五）不予处理"
                + " 2.重复申请”）"),
        problems(text));
  }

  @Test
  void anExtraRowIsNamed() {
    String row = "| 四、结转下年度继续办理 | 118 | 5 | 0 | 0 | 1 | 1 | 125 |";
    String text = form(NAME).replace(row, row + "\n| 五、其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    assertEquals(List.of(at(text, "| 五、其他") + "表三: 多出一行“五、其他”（格式中没有此行）"), problems(text));
  }

  @Test
  void aCellThatIsNotANumberIsNamedAndTheTableIsNotSummed() {
    String text = planted("| 三、（一）予以公开", "| 三、（一）予以公开 | 1408 | 21 | - | 0 | 2 | 0 | 1431 |");
    assertEquals(
        List.of(at(text, "| 三、（一）予以公开") + "表三 三、（一）予以公开 × 科研机构: “-”不是数字（应填 0 或正整数，没有时填 0）"),
        problems(text));
  }

  @Test
  void aMissingTableIsNamed() {
    String text = form(NAME);
    int from = text.indexOf("| 行政复议、行政诉讼 |");
    int to = text.indexOf("## 五、");
    String without = text.substring(0, from) + text.substring(to);
    List<String> problems = problems(without);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .endsWith(
                ": 表四: 缺少此表（应有一个首个表头单元格为 行政复议、行政诉讼 的管道表格，国办公开办函〔2021〕30号 要求有此表；见"
                    + " docs/annual-report.md）"),
        problems.get(0));
  }
}
