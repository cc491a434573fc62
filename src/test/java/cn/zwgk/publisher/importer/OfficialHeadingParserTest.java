package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialHeadingParserTest {
  private static String markdown(String... lines) {
    List<SourceBlock> blocks = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      blocks.add(new Paragraph(lines[i], new SourcePosition(i + 1, 1)));
    }
    return MarkdownBodyWriter.write(blocks);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "一、主要举措和成效|## 一、主要举措和成效",
        "十二、其他需要报告的情况|## 十二、其他需要报告的情况",
        "（一）组织领导到位|### （一）组织领导到位",
        "(一)组织领导到位|### (一)组织领导到位",
        "1.加强行政执法队伍建设|#### 1.加强行政执法队伍建设",
        "1．加强行政执法队伍建设|#### 1．加强行政执法队伍建设",
        "1、加强行政执法队伍建设|#### 1、加强行政执法队伍建设",
        "（1）规范执法程序|##### （1）规范执法程序",
        "(2)规范执法程序|##### (2)规范执法程序"
      })
  void recognisesEachOfficialLevel(String line, String expected) {
    assertEquals(expected + "\n", markdown(line));
  }

  @Test
  void splitsRunInHeadingFromItsParagraph() {
    assertEquals(
        "### （一）全面依法推进法治政府建设。\n\n我镇加强法治政府队伍建设，成立了工作领导小组。\n",
        markdown("（一）全面依法推进法治政府建设。我镇加强法治政府队伍建设，成立了工作领导小组。"));
  }

  @Test
  void keepsWholeLineHeadingEndingInFullStop() {
    assertEquals(
        "## 二、党政主要负责人履行推进法治政府建设第一责任人职责,加强法治政府建设的有关情况。\n",
        markdown("二、党政主要负责人履行推进法治政府建设第一责任人职责,加强法治政府建设的有关情况。"));
  }

  @Test
  void leavesInlineEnumerationsInTheParagraph() {
    String line = "一是普法质效有待提升。传统灌输式普法仍占主导；二是法治人才队伍薄弱。专业法治人员紧缺。";
    assertEquals(line + "\n", markdown(line));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"2023年，坪山镇政府无被申请行政复议案件产生。", "2.5亿元资金全部用于基层治理。", "一是抓学习、二是抓执法。"})
  void numbersThatAreNotMarkersStayParagraphs(String line) {
    assertEquals(line + "\n", markdown(line));
  }

  @Test
  void numberedItemWithALongFirstSentenceIsAParagraph() {
    String line = "1.制定详细的法治教育培训计划,将法治教育纳入乡镇干部职工年度培训计划的重要内容,通过集中培训、专题讲座、在线学习等多种形式,组织干部职工深入学习。";
    assertEquals(line + "\n", markdown(line));
  }

  @Test
  void numberedListNeverMixesHeadingsAndParagraphs() {
    String longItem = "2.进一步完善行政执法制度体系,建立健全行政执法监督检查机制、行政执法评议考核机制、行政执法过错责任追究机制等,加强监督。";
    assertEquals(
        "### （三）加强行政执法队伍建设\n\n1.加强行政执法队伍建设,优化行政执法队伍结构。加强培训。\n\n"
            + longItem
            + "\n\n### （四）完善社会矛盾纠纷化解机制\n\n1.加强人民调解。我镇建立机制。\n",
        markdown(
            "（三）加强行政执法队伍建设",
            "1.加强行政执法队伍建设,优化行政执法队伍结构。加强培训。",
            longItem,
            "（四）完善社会矛盾纠纷化解机制",
            "1.加强人民调解。我镇建立机制。"));
  }

  /**
   * Numbered sentences as real township reports write their work items (the style of seed 002's
   * 主要举措 sections): each ends in 。, so they are list items, not headings; the build reads them the
   * same way ({@code OfficialHeadingLines}), so nothing of the imported report is flagged.
   */
  @Test
  void numberedSentencesEndingInAFullStopAreListItemsNotHeadings() {
    String body =
        markdown(
            "（一）加强学习，提升依法行政意识",
            "1、加强学习。",
            "2、开展普法宣传12次，发放宣传资料3000余份。",
            "3、落实领导干部学法制度。",
            "（二）规范执法",
            "1、执法人员持证上岗",
            "镇综合行政执法队现有执法人员15名，均持证上岗。");
    assertEquals(
        "### （一）加强学习，提升依法行政意识\n\n1、加强学习。\n\n"
            + "2、开展普法宣传12次，发放宣传资料3000余份。\n\n3、落实领导干部学法制度。\n\n"
            + "### （二）规范执法\n\n#### 1、执法人员持证上岗\n\n"
            + "镇综合行政执法队现有执法人员15名，均持证上岗。\n",
        body);
    java.util.List<Integer> headingLines =
        cn.zwgk.publisher.content.OfficialHeadingLines.find(body.replaceAll("(?m)^#+ ", ""))
            .stream()
            .filter(cn.zwgk.publisher.content.OfficialHeadingLines.Line::heading)
            .map(cn.zwgk.publisher.content.OfficialHeadingLines.Line::index)
            .toList();
    assertEquals(List.of(0, 8, 10), headingLines, "the build reads the same headings");
  }

  @Test
  void consecutiveStatementsWithNothingBetweenAreNotHeadings() {
    assertEquals(
        "## 二、存在的主要问题\n\n（一）依法决策有差距，执行重大行政决策水平还有待提高。\n\n"
            + "（二）行政执法有差距，行政执法的质量还有待提高。\n\n## 三、下一步工作打算\n\n继续推进。\n",
        markdown(
            "二、存在的主要问题",
            "（一）依法决策有差距，执行重大行政决策水平还有待提高。",
            "（二）行政执法有差距，行政执法的质量还有待提高。",
            "三、下一步工作打算",
            "继续推进。"));
  }

  @Test
  void escapesANumberedParagraphThatMarkdownWouldTurnIntoAList() {
    String line = "1. 进一步加强人民调解、行政调解、司法调解“三调联动”工作机制建设,建立健全矛盾纠纷排查预警机制、信息共享机制、工作衔接机制等,形成工作合力。";
    assertEquals("1\\" + line.substring(1) + "\n", markdown(line));
  }
}
