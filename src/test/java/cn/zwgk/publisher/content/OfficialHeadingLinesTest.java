package cn.zwgk.publisher.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class OfficialHeadingLinesTest {
  private static List<String> headings(String body) {
    return OfficialHeadingLines.find(body).stream()
        .filter(OfficialHeadingLines.Line::heading)
        .map(l -> l.level() + " " + l.text())
        .toList();
  }

  private static List<String> paragraphs(String body) {
    return OfficialHeadingLines.find(body).stream()
        .filter(l -> !l.heading())
        .map(OfficialHeadingLines.Line::text)
        .toList();
  }

  @Test
  void recognisesEveryLevelIncludingHalfWidthVariants() {
    String body =
        "一、主要举措\n（一）深化法治宣传\n我镇开展普法。\n(二)规范执法\n正文。\n1．学法\n正文。\n2、用法\n正文。\n（1）专题学习\n正文。\n(2)集中学习\n正文。\n";
    assertEquals(
        List.of(
            "2 一、主要举措", "3 （一）深化法治宣传", "3 (二)规范执法", "4 1．学法", "4 2、用法", "5 （1）专题学习", "5 (2)集中学习"),
        headings(body));
  }

  @Test
  void aRunInHeadingIsAParagraph() {
    String body = "（一）提高政治站位，强化组织领导。党政主要负责人切实履行职责。\n正文。\n";
    assertEquals(List.of(), headings(body));
    assertEquals(List.of("（一）提高政治站位，强化组织领导。党政主要负责人切实履行职责。"), paragraphs(body));
  }

  @Test
  void numberedSentencesAreListItemsNotHeadings() {
    String body = "一、工作成效\n1．开展普法宣传12次。\n2．调解纠纷30起。\n";
    assertEquals(List.of("2 一、工作成效"), headings(body));
    assertEquals(List.of("1．开展普法宣传12次。", "2．调解纠纷30起。"), paragraphs(body));
  }

  @Test
  void siblingsWithNothingBetweenAreAListOfStatements() {
    String body = "二、存在的问题\n（一）依法决策有差距。\n（二）行政执法有差距。\n三、下一步打算\n正文。\n";
    assertEquals(List.of("2 二、存在的问题", "2 三、下一步打算"), headings(body));
  }

  @Test
  void leavesMarkdownHeadingsCodeTablesAndEnumerationsAlone() {
    String body = "## 一、已有标题\n```\n（一）代码\n```\n| （一）表格 |\n    1. 缩进代码\n一是抓学习，二是抓落实。\n12.5万元用于普法。\n";
    assertEquals(List.of(), OfficialHeadingLines.find(body));
  }

  @Test
  void findsTheHeadingsOfARealReportPastedAsPlainText() throws IOException {
    // Seed 002 (垫江县坪山镇 2023 report), the importer's golden input, as an editor pastes it.
    String seed =
        new String(
            Objects.requireNonNull(
                    getClass()
                        .getResourceAsStream(
                            "/cn/zwgk/publisher/importer/golden/002_cde1628b69510f98.txt"))
                .readAllBytes(),
            StandardCharsets.UTF_8);
    List<String> found = headings(seed);
    assertEquals("2 一、2023年法治政府建设工作开展情况", found.get(0));
    assertEquals("3 （一）坚持思想武装，强化法治思维和依法履职能力建设", found.get(1));
    // The three problems listed one after another under 二、 are statements, not headings.
    assertEquals(
        List.of(
            "（一）依法决策有差距，执行重大行政决策水平还有待提高。",
            "（二）行政执法有差距，行政执法的质量还有待提高。",
            "（三）信息化建设有差距，还不能很好地运用大数据等智能化手段解决法治政府建设的相关问题。"),
        paragraphs(seed));
    assertEquals(true, found.contains("2 三、2024年的法治政府建设工作打算"), found.toString());
  }
}
