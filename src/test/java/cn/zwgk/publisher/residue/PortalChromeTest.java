package cn.zwgk.publisher.residue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.residue.PortalChrome.Where;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalChromeTest {
  private static final PortalChrome CHROME = PortalChrome.shipped();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "【打印】【字体:大 中 小】",
        "【打印】 【字体：",
        "浏览次数: 次",
        "访问次数：1234",
        "浏览:0 来源: 作者: 语音阅读正文",
        "无障碍 简体|繁体",
        "无障碍浏览 长者专版",
        "返回顶部",
        "字号:【",
        "视力保护色:",
        "分享到：微信 微博",
        "【关闭窗口】"
      })
  void findsControlsCountersAndSwitchesAnywhere(String line) {
    assertEquals(Optional.of("controls"), CHROME.classify(line, Where.BODY));
  }

  @Test
  void findsBannersBreadcrumbsAndTableResidue() {
    assertEquals(Optional.of("banner"), CHROME.classify("某某区人民政府 2019年12月3日星期二", Where.BODY));
    assertEquals(Optional.of("breadcrumb"), CHROME.classify("首页 > 政务公开 > 法定主动公开内容", Where.BODY));
    assertEquals(Optional.of("breadcrumb"), CHROME.classify("当前位置: 首页 >> 年度报告", Where.BODY));
    assertEquals(Optional.of("table residue"), CHROME.classify("---|---|", Where.BODY));
    assertEquals(Optional.of("table residue"), CHROME.classify("||||||", Where.BODY));
  }

  @Test
  void columnNamesAreChromeOnlyInAPagesHead() {
    assertTrue(CHROME.isChrome("政府信息公开", Where.HEAD));
    assertTrue(CHROME.isChrome("乡镇部门信息公开", Where.HEAD));
    assertTrue(CHROME.isChrome("中国政府网 河南省政府网 商丘市政府网", Where.HEAD));
    assertFalse(CHROME.isChrome("政府信息公开", Where.BODY));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "推进无障碍环境建设，完成改造12处。",
        "完成打印机采购3台。",
        "来源：县统计局",
        "2024年1月15日",
        "分享经验做法，形成可复制的模式。",
        "| 项目 | 数量 |"
      })
  void leavesTextThatMerelyMentionsChromeWords(String line) {
    assertEquals(Optional.empty(), CHROME.classify(line, Where.BODY));
    assertEquals(Optional.empty(), CHROME.classify(line, Where.HEAD));
  }

  @Test
  void findsNoChromeInTheImportedSeedReports() throws IOException {
    Path golden = Path.of("src/test/resources/cn/zwgk/publisher/importer/golden");
    try (Stream<Path> files = Files.list(golden)) {
      for (Path md : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        String body = Files.readString(md, StandardCharsets.UTF_8).split("~~~~~~", 2)[1];
        for (String line : body.split("\n")) {
          String text = line.replaceFirst("^#+\\s*", "");
          assertEquals(Optional.empty(), CHROME.classify(text, Where.BODY), md + ": " + line);
        }
      }
    }
  }
}
