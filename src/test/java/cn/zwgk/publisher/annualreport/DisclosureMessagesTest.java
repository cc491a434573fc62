package cn.zwgk.publisher.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every message about the national tables, in full, in Chinese (the default) and in English. */
class DisclosureMessagesTest {
  private static void assertTexts(String zh, String en, Text text) {
    assertEquals(zh, text.render(Messages.DEFAULT));
    assertEquals(en, text.render(Messages.ENGLISH));
  }

  private static BigDecimal n(int v) {
    return BigDecimal.valueOf(v);
  }

  @Test
  void tableMessages() {
    assertTexts(
        "缺少此表（应有一个首个表头单元格为 行政复议、行政诉讼 的管道表格，国办公开办函〔2021〕30号 要求有此表；见 docs/annual-report.md）",
        "is missing (expected a pipe table whose first header cell is 行政复议、行政诉讼, as 国办公开办函〔2021〕30号"
            + " requires; see docs/annual-report.md)",
        DisclosureMessages.missingTable(DisclosureTable.REVIEWS));
    assertTexts(
        "出现了两次（第一次在第 12 行；应只出现一次）",
        "is given twice (first on line 12; expected once)",
        DisclosureMessages.givenTwice(12));
    assertTexts(
        "表头下没有 |---| 分隔行（应为 Markdown 管道表格）",
        "has no |---| line under its header (expected a Markdown pipe table)",
        DisclosureMessages.noSeparator());
  }

  @Test
  void columnMessages() {
    assertTexts(
        "缺少列 总计（此处应为该列，与 国办公开办函〔2021〕30号 一致）",
        "has no column 总计 (expected it next, as in 国办公开办函〔2021〕30号)",
        DisclosureMessages.missingColumn("总计"));
    assertTexts(
        "列“现行有效件”不是格式规定的“现行有效件数”（此处应为“现行有效件数”）",
        "column \"现行有效件\" is not the format's \"现行有效件数\" (expected it next)",
        DisclosureMessages.wrongColumn("现行有效件", "现行有效件数"));
    assertTexts(
        "多出一列“合计”（格式中没有此列）",
        "has an extra column \"合计\" (the format has no such column)",
        DisclosureMessages.extraColumn("合计"));
  }

  @Test
  void rowMessages() {
    assertTexts(
        "缺少行 四、结转下年度继续办理（此处应为该行，与 国办公开办函〔2021〕30号 一致）",
        "row 四、结转下年度继续办理 is missing (expected it next, as in 国办公开办函〔2021〕30号)",
        DisclosureMessages.missingRow("四、结转下年度继续办理"));
    assertTexts(
        "缺少行 三、（七）总计（应在 四、结转下年度继续办理 之前）",
        "row 三、（七）总计 is missing (expected it before 四、结转下年度继续办理)",
        DisclosureMessages.wrongRow(DisclosureTable.APPLICATIONS, "四、结转下年度继续办理", 23));
    assertTexts(
        "行“规范性文件”不是格式规定的“行政规范性文件”（此处应为“行政规范性文件”）",
        "row \"规范性文件\" is not the format's \"行政规范性文件\" (expected it next)",
        DisclosureMessages.wrongRow(DisclosureTable.RULES, "规范性文件", 1));
    assertTexts(
        "多出一行“五、其他”（格式中没有此行）",
        "has an extra row \"五、其他\" (the format has no such row)",
        DisclosureMessages.extraRow("五、其他"));
  }

  @Test
  void cellMessages() {
    assertTexts(
        "缺少此单元格（应填数字，没有时填 0）",
        "is missing (expected a number, 0 when there is none)",
        DisclosureMessages.missingCell());
    assertTexts(
        "多出单元格“3”（格式中没有此列）",
        "has an extra cell \"3\" (the format has no such column)",
        DisclosureMessages.extraCell("3"));
    assertTexts(
        "为空（应填 0 或正整数，没有时填 0）",
        "is empty (expected a whole number of 0 or more, 0 when there is none)",
        DisclosureMessages.notANumber("", false));
    assertTexts(
        "为空（应填以万元为单位的金额，如 0 或 1.25）",
        "is empty (expected an amount in 万元 such as 0 or 1.25)",
        DisclosureMessages.notANumber("", true));
    assertTexts(
        "“-3”不是数字（应填 0 或正整数，没有时填 0）",
        "\"-3\" is not a number (expected a whole number of 0 or more, 0 when there is none)",
        DisclosureMessages.notANumber("-3", false));
    assertTexts(
        "“万元”不是数字（应填以万元为单位的金额，如 0 或 1.25）",
        "\"万元\" is not a number (expected an amount in 万元 such as 0 or 1.25)",
        DisclosureMessages.notANumber("万元", true));
  }

  @Test
  void relationMessages() {
    assertTexts(
        "为 9，但 三、（一）至（六） 之和为 10（应等于各项之和）",
        "is 9, but 三、（一） to （六） add up to 10 (expected their sum)",
        DisclosureMessages.rowTotal(n(9), n(10), DisclosureMessages.partsOfResults()));
    assertTexts(
        "一 + 二 = 10 + 2 = 12，但 三（七） + 四 = 9 + 2 = 11（应相等：第一项加第二项之和，等于第三项加第四项之和）",
        "一 + 二 = 10 + 2 = 12, but 三（七） + 四 = 9 + 2 = 11 (expected equal: 第一项加第二项之和，等于第三项加第四项之和)",
        DisclosureMessages.balance(n(10), n(2), n(9), n(2)));
    assertTexts(
        "为 2，但 a.md 的“四、结转下年度继续办理”为 3（应相等）",
        "is 2, but a.md carried 3 over (四、结转下年度继续办理; expected equal)",
        DisclosureMessages.carriedOver(n(2), "a.md", n(3)));
    assertTexts(
        "为 12，但 a.md 的现行有效件数为 12，加本年制发 2、减本年废止 1 应为 13（应相等）",
        "is 12, but a.md had 12 in force, + 2 本年制发 − 1 本年废止 = 13 (expected equal)",
        DisclosureMessages.inForce(n(12), "a.md", n(12), n(2), n(1)));
  }
}
