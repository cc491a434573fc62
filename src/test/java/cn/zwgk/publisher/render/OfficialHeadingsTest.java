package cn.zwgk.publisher.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficialHeadingsTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void aHeadingLineWithoutHashIsAHeadingNotMergedIntoTheNextParagraph() {
    String html = renderer.toHtml("（一）深化法治宣传\n我镇开展普法宣传47场。\n").strip();
    assertEquals("<h3 id=\"一深化法治宣传\">（一）深化法治宣传</h3>\n<p>我镇开展普法宣传47场。</p>", html);
  }

  @Test
  void consecutiveRunInParagraphsStayApart() {
    String html = renderer.toHtml("（一）组织领导。正文一。\n（二）依法行政。正文二。\n").strip();
    assertEquals("<p>（一）组织领导。正文一。</p>\n<p>（二）依法行政。正文二。</p>", html);
  }

  @Test
  void aMarkdownNumberedListStaysAList() {
    String html = renderer.toHtml("1. 开展普法宣传12次。\n2. 调解纠纷30起。\n").strip();
    assertTrue(html.startsWith("<ol>"), html);
    assertTrue(html.contains("<li>开展普法宣传12次。</li>"), html);
  }

  @Test
  void otherLinesAreRenderedExactlyAsBefore() {
    String body = "## 一、主要举措\n\n依法行政体制\n机制进一步完善\n\n一是抓学习，二是抓落实。\n";
    assertEquals(body, OfficialHeadings.mark(body));
  }
}
