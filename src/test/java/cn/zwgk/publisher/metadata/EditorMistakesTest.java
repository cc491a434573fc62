package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Language;
import cn.zwgk.publisher.problem.Messages;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The project tried as a new township editor would: the reports of {@code editor-mistakes/} each
 * hold one typical mistake, and every mistake gets a Chinese message that names the file and line
 * and says what to do (请…).
 */
class EditorMistakesTest {
  private static final Messages ZH = Messages.of(Language.ZH);
  private static final String DIR = "content/reports/2024/";

  private static List<String> messages() throws URISyntaxException {
    Path site =
        Path.of(
            Objects.requireNonNull(EditorMistakesTest.class.getResource("editor-mistakes"))
                .toURI());
    ReportLoader.Result result = new ReportLoader(site, SiteConfig.parse(""), "~~~~~~").load();
    return result.problems().stream().map(p -> p.format(ZH)).toList();
  }

  @Test
  void everyMistakeGetsAChineseMessageWithFileLineAndWhatToDo() throws URISyntaxException {
    // chinese-keys.md is not listed: 名称=, 发布机构= are aliases of title=, issuer=.
    assertEquals(
        List.of(
            DIR + "date-spellings.md:4: 发布日期（date）: “2025/1/2”的写法不对。日期一律写成 年-月-日，请改为 2025-01-02",
            DIR
                + "date-spellings.md:5: 成文日期（written）: “2024年12月28日”的写法不对。日期一律写成 年-月-日，请改为"
                + " 2024-12-28",
            DIR
                + "doc-number-brackets.md:12: 文号（doc_number）: “埔府发[2025]3号”中的年份括号“[2025]”不对，文号的年份须用"
                + "六角括号〔〕：请把“[2025]”改为“〔2025〕”，即 埔府发〔2025〕3号",
            DIR
                + "fullwidth-digits.md:4: 发布日期（date）: “２０２５-０１-０２”中有全角数字（如“２０２５”）。请改为半角数字："
                + "2025-01-02",
            DIR
                + "fullwidth-digits.md:6: 索引号（index_number）: “11441602730470987N/２０２５-00013”中有全角数字"
                + "（如“２０２５”）。请改为半角数字：11441602730470987N/2025-00013",
            DIR
                + "fullwidth-separators.md:7: 警告: 文件头: 字段“分类”后用的是全角冒号“：”，已按“=”读取。请改为半角“=”，"
                + "例如 分类=…",
            DIR + "fullwidth-separators.md:10: 警告: 文件头: 字段“county”后用的是全角等号“＝”，已按半角“=”读取。请改为半角“=”",
            DIR
                + "heading-without-hash.md:14: 警告: 标题行: “一、主要举措和成效”没有写 #，已按 2 级标题显示。请写成 ##"
                + " 一、主要举措和成效，使源文件与页面一致",
            DIR
                + "heading-without-hash.md:15: 警告: 标题行: “（一）深化法治宣传”没有写 #，已按 3 级标题显示。请写成 ###"
                + " （一）深化法治宣传，使源文件与页面一致",
            DIR
                + "missing-separator.md:13: 文件头: 这一行看起来已是正文，但它之前没有分隔行“~~~~~~”。请在这一行之前单独一行写上"
                + " ~~~~~~（文件头字段写在它上面，正文写在它下面）",
            DIR
                + "status-in-chinese.md:3: 状态（status）: “发布”不是已知的状态。请写成 published（发布）或 draft（草稿，不发布）",
            DIR
                + "typo-key.md:8: 发布机构（issuer）: 发布的报告必须有此字段，但文件头里没有；这一行的“isuer”像是写错了，请改为"
                + " issuer=",
            DIR + "typo-key.md:8: 警告: isuer: 未知字段“isuer”。你是否想写“issuer”？请改正拼写"),
        messages());
  }

  /** Typical mistakes in jbake.properties, as a maintainer of the site makes them. */
  @Test
  void badSettingsGetChineseMessagesWithTheirLineAndWhatToWrite() {
    SiteConfig config =
        SiteConfig.parse(
            "site.title=某县\ncheck.spam=fatal\ncheck.time_zone=北京\nindex_number.verify_check_digit=是\n"
                + "index_number.scheme.yunnan={orgcode}-{year}-{serial:6}$\n");
    InvalidContentException check =
        assertThrows(
            InvalidContentException.class,
            () ->
                cn.zwgk.publisher.check.CheckSettings.from(
                    config, cn.zwgk.publisher.check.SiteChecker.rules()));
    assertEquals(
        List.of(
            "jbake.properties:2: check.spam: “fatal”不是检查级别。请写 error（错误，阻止发布）、warning（警告）或 off（关闭）",
            "jbake.properties:3: check.time_zone: “北京”不是时区。请写地区时区名，例如 Asia/Shanghai"),
        check.problems().stream().map(p -> p.format(ZH)).toList());
    InvalidContentException schemes =
        assertThrows(InvalidContentException.class, () -> IndexNumberSchemes.of(config));
    assertEquals(
        List.of(
            "jbake.properties:5: index_number.scheme.yunnan: “{orgcode}-{year}-{serial:6}$”像是正则表达式。"
                + "索引号格式写成模板：原样的文字加上 {uscc}/{year}-{serial:5} 这样的标记，不需要转义，请改写",
            "jbake.properties:4: index_number.verify_check_digit: “是”不是开关值。请写 true（是）或 false（否）"),
        schemes.problems().stream().map(p -> p.format(ZH)).toList());
    // English on request, as before.
    assertEquals(
        "jbake.properties:4: index_number.verify_check_digit: \"是\" is not a boolean (expected true or false)",
        schemes.problems().get(1).format(Messages.ENGLISH));
  }

  /** An index number of the wrong form is read part by part, in Chinese. */
  @Test
  void anIndexNumberOfTheWrongFormSaysWhereItGoesWrong() {
    IndexNumberSchemes schemes = IndexNumberSchemes.of(SiteConfig.parse(""));
    assertEquals(
        "机构代码“1144160273047”有 13 个字符（应为 18 个）",
        schemes.read("1144160273047/2025-00002", schemes.defaults()).problem().render(ZH));
  }

  @Test
  void eachMessageNamesItsLineAndSaysWhatToDo() throws URISyntaxException {
    for (String m : messages()) {
      assertTrue(m.matches("content/reports/2024/[a-z-]+\\.md:\\d+: .*"), m);
      assertTrue(m.contains("请"), m);
    }
  }
}
