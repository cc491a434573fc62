package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.problem.Language;
import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Chinese text of every rule of the report format, as an editor reads it (the default). */
class ChineseMessagesTest {
  private static final Messages ZH = Messages.of(Language.ZH);
  private static final String PATH = "content/reports/2024/puqianzhen-2024.md";
  private static final String VALID =
      """
      title=埔前镇2024年法治政府建设年度报告
      type=report
      status=published
      date=2025-01-02
      written=2024-12-28
      index_number=11441602730470987N/2025-00002
      category=工作报告
      issuer=河源市源城区埔前镇人民政府
      township=埔前镇
      county=源城区
      year=2024
      doc_number=埔府〔2025〕1号
      subject_words=法治政府, 年度报告
      ~~~~~~
      ## 一、主要举措和成效
      """;

  private static List<String> problems(String text) {
    List<Problem> problems = new ArrayList<>();
    Optional<SourceFile> source =
        new SourceFileParser("~~~~~~")
            .parse(PATH, Path.of(PATH), text.getBytes(StandardCharsets.UTF_8), problems);
    source.ifPresent(s -> new ReportValidator(SiteConfig.parse("")).validate(s, problems));
    return problems.stream().map(p -> p.format(ZH).substring(PATH.length())).toList();
  }

  private static String with(String key, String value) {
    return VALID.replaceFirst("(?m)^" + key + "=.*$", value == null ? "" : key + "=" + value);
  }

  private static void assertOnly(String text, String expected) {
    assertEquals(List.of(expected), problems(text));
  }

  private static void assertFramed(String text, String start, String end) {
    List<String> found = problems(text);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith(start) && found.get(0).endsWith(end), found.get(0));
  }

  @Test
  void headerRules() {
    assertOnly(with("title", null), ": 名称（title）: 缺少此字段。请在文件头加一行，例如 title=某某镇2024年法治政府建设年度报告");
    assertOnly(with("title", ""), ":1: 名称（title）: 内容为空。请在“=”后填写内容");
    assertOnly(
        with("type", null),
        ": 类型（type）: 缺少此字段。请在文件头加一行 type=report，或写 report, disclosure-report," + " document 之一");
    assertOnly(
        with("type", "post"),
        ":2: 类型（type）: “post”不是已知的类型。请写 report, disclosure-report, document 之一（类型在"
            + " jbake.properties 的 kind.<type>.* 中设置）");
    assertOnly(
        with("status", null),
        ": 状态（status）: 缺少此字段。请加一行 status=published（发布）或 status=draft（草稿，不发布）");
    assertOnly(
        with("status", "public"),
        ":3: 状态（status）: “public”不是已知的状态。请写成 published（发布）或 draft（草稿，不发布）");
    assertOnly(with("title", "a\ntitle=b"), ":2: 名称（title）: 写了两次，第一次在第 1 行。每个字段只写一次，请删去其中一行");
    assertOnly(
        with("county", "源城区\n发布日期 2025-01-02"),
        ":11: 文件头: “发布日期 2025-01-02”没有“=”。文件头每行须写成 字段名=内容，例如 issuer=某某镇人民政府；如果这是正文，请在它之前单独一行写上分隔行"
            + " ~~~~~~");
  }

  @Test
  void dateAndYearRules() {
    assertOnly(
        with("date", "2025-02-30"),
        ":4: 发布日期（date）: “2025-02-30”不是日历上存在的日期。请检查月份和日期，写成 年-月-日，例如 2025-01-02");
    assertOnly(with("date", "明年"), ":4: 发布日期（date）: “明年”不是日期。请写成 年-月-日，例如 2025-01-02");
    assertOnly(
        with("written", "2025-01-03"),
        ":5: 成文日期（written）: 成文日期 2025-01-03 晚于发布日期 2025-01-02。成文日期应在发布日期当天或之前，请核对两个日期");
    assertOnly(with("year", "24"), ":11: 年度（year）: “24”不是年份。请写 4 位数字，即报告所属的年度，例如 2024");
    assertOnly(with("year", "２０２４"), ":11: 年度（year）: “２０２４”中有全角数字（如“２０２５”）。请改为半角数字：2024");
    assertEquals(
        List.of(
            ":11: 年度（year）: 年度 2026 晚于发布日期 2025-01-02 的年份。年度是报告所属的年份，最大为 2025，请核对",
            ":11: 警告: 年度（year）: 报告属于 2026 年度，却放在 content/reports/2024/ 文件夹中。请移到"
                + " content/reports/2026/"),
        problems(with("year", "2026")));
  }

  @Test
  void publicationRules() {
    assertOnly(
        with("issuer", null),
        ": 发布机构（issuer）: 发布的报告（status=published）必须有此字段。请补上，或先改为 status=draft");
    assertOnly(
        with("issuer", ""),
        ":8: 发布机构（issuer）: 发布的报告（status=published）此字段不能为空。请填写，或先改为 status=draft");
    assertOnly(
        with("status", "draft").replace("township=埔前镇", "township="),
        ":3: 警告: 状态（status）: 草稿还缺 乡镇（township）。发布（status=published）前请补齐");
  }

  @Test
  void indexNumberAndDocNumberRules() {
    // The scheme's own reading of the number (which part does not fit) stands in the middle.
    assertFramed(
        with("index_number", "11441602730470987N-2025-00002"),
        ":6: 索引号（index_number）: “11441602730470987N-2025-00002”不符合",
        "。请按本机构的索引号格式填写");
    assertFramed(
        with("index_number", "11441602730470986N/2025-00002"),
        ":6: 索引号（index_number）: “11441602730470986N/2025-00002”：",
        "。请照发布机构的统一社会信用代码（GB 32100）或组织机构代码（GB 11714）原样填写");
    assertOnly(
        with("index_number", "11441602730470987N/2024-00002"),
        ":6: 索引号（index_number）: “11441602730470987N/2024-00002”中的年份是 2024，但发布日期是 2025-01-02。"
            + "索引号中的年份应为发布年份 2025，请核对");
    assertOnly(
        with("doc_number", "忠府办发(2025)26号"),
        ":12: 文号（doc_number）: “忠府办发(2025)26号”中的年份括号“(2025)”不对，文号的年份须用六角括号〔〕："
            + "请把“(2025)”改为“〔2025〕”，即 忠府办发〔2025〕26号");
    assertOnly(
        with("doc_number", "忠府办发26号"),
        ":12: 文号（doc_number）: “忠府办发26号”中没有用六角括号〔〕括起的年份。请写成例如 忠府办发〔2025〕26号");
  }

  @Test
  void unknownKeysAndAliases() {
    assertOnly(
        VALID.replace("category=", "catgory="),
        ":7: 警告: catgory: 未知字段“catgory”。你是否想写“category”？请改正拼写");
    assertOnly(VALID.replace("category=", "发布单位="), ":7: 警告: 发布单位: 未知字段“发布单位”。你是否想写“发文单位”？请改正拼写");
    assertOnly(
        VALID.replace("subject_words=法治政府, 年度报告", "remarks=无"),
        ":13: 警告: remarks: 未知字段“remarks”。请检查拼写；已知字段见 docs/editing.md（如为模板专用的自定义字段，可忽略此警告）");
    assertEquals(List.of(), problems(VALID.replace("issuer=", "发布机构=").replace("date=", "发布日期=")));
  }
}
