package cn.zwgk.publisher.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void rendersOfficialHeadingHierarchyAsHeadingLevels() {
    String html = renderer.toHtml("## 一、主要举措\n\n### （一）组织领导\n\n#### 1. 学法\n\n##### （1）专题学习\n");
    assertTrue(html.contains("<h2 id=\"一主要举措\">一、主要举措</h2>"), html);
    assertTrue(html.contains("<h3"), html);
    assertTrue(html.contains("<h4"), html);
    assertTrue(html.contains(">（1）专题学习</h5>"), html);
  }

  @Test
  void softLineBreakAddsNoSpaceInsideChineseText() {
    assertEquals("<p>依法行政体制机制进一步完善</p>", renderer.toHtml("依法行政体制\n机制进一步完善").strip());
  }

  @Test
  void rendersTables() {
    String html = renderer.toHtml("| 项目 | 数量 |\n|---|---|\n| 培训 | 10 |\n");
    assertTrue(html.contains("<table>") && html.contains("<td>培训</td>"), html);
  }

  @Test
  void removesScriptFromRawHtml() {
    String html = renderer.toHtml("正文\n\n<script>alert(1)</script>\n\n<p onclick=\"x()\">段落</p>");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("alert(1)") && html.contains("<script"), html);
    assertFalse(html.contains("onclick"), html);
    assertTrue(html.contains("段落"), html);
  }

  @Test
  void removesEventHandlerAttributesFromImages() {
    String html = renderer.toHtml("<img src=x onerror=alert(1)>");
    assertFalse(html.contains("onerror"), html);
  }

  @Test
  void removesJavascriptLinks() {
    String html = renderer.toHtml("[点击](javascript:alert(1))");
    assertFalse(html.contains("javascript:"), html);
    assertTrue(html.contains("点击"), html);
  }

  @Test
  void keepsRelativeAndHttpsLinksAndImages() {
    String html = renderer.toHtml("[附件](../2023/a.html) [门户](https://www.gov.cn/) ![图](img/a.png)");
    assertTrue(html.contains("href=\"../2023/a.html\""), html);
    assertTrue(html.contains("href=\"https://www.gov.cn/\""), html);
    assertTrue(html.contains("src=\"img/a.png\""), html);
  }

  @Test
  void removesIframesAndStyles() {
    String html =
        renderer.toHtml(
            "<iframe src=\"https://evil.example/\"></iframe><style>body{display:none}</style>文本");
    assertFalse(html.contains("iframe"), html);
    assertFalse(html.contains("<style"), html);
  }
}
