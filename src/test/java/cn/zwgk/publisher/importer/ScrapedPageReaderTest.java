package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapedPageReaderTest {
  private static final String PAGE = "page/puqianzhen-2024.html";

  private static String golden003() {
    return new String(
        ImportFixtures.resource(ImportFixtures.GOLDEN + "003_257c0fdce13a2791.md"),
        StandardCharsets.UTF_8);
  }

  @Test
  void savedPageImportsLikeTheTextCopiedFromIt() {
    ImportedReport report = ImportFixtures.importBytes("p.html", ImportFixtures.resource(PAGE));
    assertEquals("html", report.format());
    assertEquals(golden003(), ImportFixtures.fileText(report));
    assertEquals(List.of(), report.findings());
  }

  @Test
  void readsEveryFieldOfTheMetadataBlock() {
    SourceDocument doc = ReportImporter.read("p.html", ImportFixtures.resource(PAGE));
    assertEquals("11441602730470987N/2025-00002", doc.pageValue("索引号"));
    assertEquals("工作报告、报告", doc.pageValue("分类"));
    assertEquals("河源市源城区埔前镇人民政府", doc.pageValue("发布机构"));
    assertEquals("2024-12-28", doc.pageValue("成文日期"));
    assertEquals("埔前镇2024年法治政府建设年度报告", doc.pageValue("名称"));
    assertEquals("", doc.pageValue("文号"));
    assertEquals("2025-01-02", doc.pageValue("发布日期"));
    assertEquals("", doc.pageValue("主题词"));
  }

  @Test
  void printsEachPieceOfPageFurnitureItDrops() {
    ImportedReport report = ImportFixtures.importBytes("p.html", ImportFixtures.resource(PAGE));
    List<String> removed = report.removals().stream().map(r -> r.format("p.html")).toList();
    assertEquals(
        List.of(
            "p.html:18:36: removed: page-furniture: \"首页 | 无障碍 | English\"",
            "p.html:20:23: removed: page-furniture: \"河源市源城区人民政府门户网站 首页 政务公开 互动交流 政务服务 走进源城\"",
            "p.html:26:25: removed: page-furniture: \"当前位置：首页 > 政府信息公开 > 规章库\"",
            "p.html:28:31: removed: page-furniture: \"河源市源城区埔前镇人民政府信息公开\"",
            "p.html:39:33: removed: page-furniture: \"埔前镇2024年法治政府建设年度报告\"",
            "p.html:40:33: removed: page-furniture: \"发布日期：2025-01-02 浏览次数：- 【打印】 【字体：大 中 小】\"",
            "p.html:85:26: removed: page-furniture: \"分享到：微信 微博\"",
            "p.html:86:34: removed: page-furniture: \"【关闭窗口】\"",
            "p.html:90:8: removed: page-furniture: \"主办：河源市源城区人民政府办公室　网站标识码：4416020001 粤ICP备00000000号　粤公网安备"
                + " 44160…\""),
        removed);
    assertFalse(report.body().contains("不是正文"), "script text must not reach the body");
  }

  @Test
  void decodesAPageThatDeclaresGb2312() throws CharacterCodingException {
    String page =
        new String(ImportFixtures.resource(PAGE), StandardCharsets.UTF_8)
            .replace(
                "<meta charset=\"utf-8\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
    ImportedReport report = ImportFixtures.importBytes("p.html", gbk(page));
    assertEquals("GB18030 (declared)", report.encoding());
    assertEquals(golden003(), ImportFixtures.fileText(report));
  }

  @Test
  void detectsGbkInAPageThatDeclaresNoCharset() throws CharacterCodingException {
    String page =
        new String(ImportFixtures.resource(PAGE), StandardCharsets.UTF_8)
            .replace("<meta charset=\"utf-8\">", "");
    ImportedReport report = ImportFixtures.importBytes("p.html", gbk(page));
    assertEquals("GB18030", report.encoding());
    assertEquals(golden003(), ImportFixtures.fileText(report));
  }

  @Test
  void fallsBackToCrawlerMetaTagsAndKeepsTables() {
    String page =
        "<!DOCTYPE html><html><head>"
            + "<meta name=\"ArticleTitle\" content=\"坪山镇2023年法治政府建设年度报告\">"
            + "<meta name=\"PubDate\" content=\"2024-03-01 09:00\">"
            + "</head><body>\n"
            + "<ul class=\"info\"><li>索引号：11441602730470987N/2024-00007</li><li>分类：报告</li>"
            + "<li>发布机构：垫江县坪山镇人民政府</li><li>主题词：法治 皇冠足球比分</li></ul>\n"
            + "<div id=\"content\"><p>一、主要举措和成效</p><p>全年排查矛盾纠纷245件。</p>\n"
            + "<table><tr><th>项目</th><th>件数</th></tr><tr><td>排查</td><td>245</td></tr></table>\n"
            + "<p>二、存在的不足和原因</p><p>依法决策有差距。</p></div></body></html>";
    ImportedReport report =
        ImportFixtures.importBytes("q.html", page.getBytes(StandardCharsets.UTF_8));
    assertEquals("坪山镇2023年法治政府建设年度报告", report.header().get("title"));
    assertEquals("2024-03-01", report.header().get("date"));
    assertEquals("法治 皇冠足球比分", report.header().get("subject_words"));
    assertEquals(
        "## 一、主要举措和成效\n\n全年排查矛盾纠纷245件。\n\n| 项目 | 件数 |\n| --- | --- |\n| 排查 | 245 |\n\n"
            + "## 二、存在的不足和原因\n\n依法决策有差距。\n",
        report.body());
    assertEquals(1, report.findings().size());
    assertEquals("spam", report.findings().get(0).rule());
    assertTrue(report.isDraft());
  }

  private static byte[] gbk(String text) throws CharacterCodingException {
    ByteBuffer b =
        Charset.forName("GBK")
            .newEncoder()
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(text));
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }
}
