package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The metadata, title and chrome of copied pages in the layouts real portals print. */
class ScrapedTextReaderTest {
  private static Map<String, String> fields(String text) {
    List<Removal> removals = new ArrayList<>();
    ScrapedTextReader.Split split =
        ScrapedTextReader.split(PlainTextReader.paragraphs(text), removals);
    Map<String, String> values = new LinkedHashMap<>();
    split.fields().forEach((k, v) -> values.put(k, v.value()));
    return values;
  }

  private static List<String> body(String text) {
    return ScrapedTextReader.split(PlainTextReader.paragraphs(text), new ArrayList<>())
        .body()
        .stream()
        .map(ResidueRemover::textOf)
        .toList();
  }

  private static final String BODY = "一、主要举措和成效\n2024年，我镇坚持依法行政，推进法治政府建设各项工作。\n";

  @Test
  void readsSpacedLabelsWithoutColonsFlattenedTwoToALine() {
    Map<String, String> f =
        fields(
            "索 引 号 003110926/201510-00216 信息分类 信息公开制度\n"
                + "发布机构 市交通运输局 发布日期 2015-10-15 10:06:36\n"
                + "信息来源 关 键 词\n"
                + "文 号 信息格式/语种\n"
                + "信息名称 关于印发工作规则的通知\n"
                + BODY);
    assertEquals("003110926/201510-00216", f.get("索引号"));
    assertEquals("信息公开制度", f.get("分类"));
    assertEquals("市交通运输局", f.get("发布机构"));
    assertEquals("2015-10-15 10:06:36", f.get("发布日期"));
    assertEquals("关于印发工作规则的通知", f.get("名称"));
    assertFalse(f.containsKey("文号"));
  }

  @Test
  void readsBulletedLabelsWithTheValueOnTheNextLine() {
    Map<String, String> f =
        fields(
            "• 索引号:\n  6107280000/2024-001005\n• 主题分类:\n• 发文机构:\n  县政府办\n"
                + "• 发文字号:\n  镇政发〔2024〕7号\n• 有效性:\n• 发文日期:\n  2024年04月06日 16:40\n"
                + BODY);
    assertEquals("6107280000/2024-001005", f.get("索引号"));
    assertEquals("县政府办", f.get("发布机构"));
    assertEquals("镇政发〔2024〕7号", f.get("文号"));
    assertEquals("2024年04月06日 16:40", f.get("成文日期"));
    assertFalse(f.containsKey("分类"));
  }

  @Test
  void readsLabelsGluedToEachOtherAndToTheirValues() {
    Map<String, String> f =
        fields(
            "索引号000014349/2023-74857\n发布机构发文日期 2023-01-12 20:04\n文号是否有效\n"
                + "标题杨梅乡2022年政府信息公开工作年度报告\n"
                + BODY);
    assertEquals("000014349/2023-74857", f.get("索引号"));
    assertEquals("2023-01-12 20:04", f.get("成文日期"));
    assertEquals("杨梅乡2022年政府信息公开工作年度报告", f.get("名称"));
    assertFalse(f.containsKey("发布机构"));
  }

  @Test
  void readsPipeTablesInBothShapes() {
    Map<String, String> pairs =
        fields("| 索引号 | 11441602730470987N/2025-00002 | 分类 | 工作报告 |\n" + BODY);
    assertEquals("11441602730470987N/2025-00002", pairs.get("索引号"));
    assertEquals("工作报告", pairs.get("分类"));
    Map<String, String> rows =
        fields(
            "| 索引号 | 发布机构 | 发布日期 |\n|---|---|---|\n"
                + "| 11441602730470987N/2025-00002 | 埔前镇人民政府 | 2025-01-02 |\n"
                + BODY);
    assertEquals("11441602730470987N/2025-00002", rows.get("索引号"));
    assertEquals("埔前镇人民政府", rows.get("发布机构"));
    assertEquals("2025-01-02", rows.get("发布日期"));
  }

  @Test
  void anUnknownLabelDoesNotEndTheBlock() {
    Map<String, String> f =
        fields(
            "索引号: 11441602730470987N/2025-00002\n有效性: 有效\n公开方式: 主动公开\n"
                + "内容概述:\n发布日期: 2025-01-02\n关键词: 法治\n"
                + BODY);
    assertEquals("2025-01-02", f.get("发布日期"));
    assertEquals("法治", f.get("主题词"));
  }

  @Test
  void theFirstLabelOfAFieldInTheTableWins() {
    Map<String, String> f =
        fields("来源:县政府网站 发布机构:埔前镇人民政府 发布时间:2025-01-03 发布日期:2025-01-02\n" + BODY);
    assertEquals("埔前镇人民政府", f.get("发布机构"));
    assertEquals("2025-01-02", f.get("发布日期"));
  }

  @Test
  void takesTheTitleLineAboveTheMetadataAndNeverTheBreadcrumb() {
    String text =
        "首页 > 政务公开 > 法定主动公开内容\n仁和镇人民政府\n关于2024年法治政府建设工作情况的报告\n"
            + "来源:仁和镇人民政府 发布时间:2025-03-01 09:00\n"
            + BODY;
    assertEquals("仁和镇人民政府关于2024年法治政府建设工作情况的报告", fields(text).get(ScrapedTextReader.TITLE_LINE));
    assertEquals(List.of("一、主要举措和成效", "2024年，我镇坚持依法行政，推进法治政府建设各项工作。"), body(text));
  }

  @Test
  void removesChromeWhetherOrNotThereIsMetadata() {
    List<Removal> removals = new ArrayList<>();
    ScrapedTextReader.Split split =
        ScrapedTextReader.split(
            PlainTextReader.paragraphs(
                "无障碍 简体| 繁体\n" + BODY + "【打印】【字体:大 中 小】\n推进无障碍环境建设，完成打印机采购。\n返回顶部\n"),
            removals);
    assertTrue(split.fields().isEmpty());
    assertEquals(
        List.of("一、主要举措和成效", "2024年，我镇坚持依法行政，推进法治政府建设各项工作。", "推进无障碍环境建设，完成打印机采购。"),
        split.body().stream().map(ResidueRemover::textOf).toList());
    assertEquals(
        List.of("1:1 无障碍 简体| 繁体", "4:1 【打印】【字体:大 中 小】", "6:1 返回顶部"),
        removals.stream().map(r -> r.at() + " " + r.text()).toList());
  }

  @Test
  void keepsASpacedIndexNumberSoNewIssuesNoSecondOne() {
    ImportedReport r =
        ImportFixtures.importBytes(
            "p.txt",
            ("索 引 号 11441602730470987N/2025-00002 分 类 工作报告\n"
                    + "发布机构 河源市源城区埔前镇人民政府 成文日期 2024-12-28\n"
                    + "名 称 埔前镇2024年法治政府建设年度报告\n"
                    + "发布日期 2025年01月02日\n"
                    + BODY)
                .getBytes(StandardCharsets.UTF_8));
    assertEquals("11441602730470987N/2025-00002", r.header().get("index_number"));
    assertEquals("2025-01-02", r.header().get("date"));
    assertEquals("埔前镇2024年法治政府建设年度报告", r.header().get("title"));
  }

  @Test
  void neverInventsATitle() {
    ImportedReport r = ImportFixtures.importBytes("p.txt", BODY.getBytes(StandardCharsets.UTF_8));
    assertEquals("", r.header().get("title"));
    assertTrue(r.isDraft());
    assertTrue(
        r.notes().stream()
            .anyMatch(n -> n.toString().startsWith("title: the input states no title")));
  }

  @Test
  void splitsAOneLinePasteAtItsOfficialNumbering() {
    String line =
        "根据《条例》规定，编制本报告。本报告所列数据统计期限为2024年1月1日至12月31日。 一、总体情况 2024年，我乡严格按照上级要求，"
            + "深入贯彻落实《条例》相关规定，不断完善政务公开制度体系。 （一）主动公开情况 本单位对应主动公开的政府信息进行了梳理和编目，"
            + "全年共新增主动公开政府信息21条。 （二）依申请公开情况 2024年，本单位未收到政府信息公开申请，也未发生行政复议。";
    ImportedReport r = ImportFixtures.importBytes("p.txt", line.getBytes(StandardCharsets.UTF_8));
    assertTrue(r.body().contains("\n\n## 一、总体情况\n\n2024年，我乡"), r.body());
    assertTrue(r.body().contains("### （一）主动公开情况"), r.body());
  }

  @Test
  void aTextThatStopsMidSentenceIsATruncatedDraft() {
    ImportedReport r =
        ImportFixtures.importBytes(
            "p.txt",
            (BODY + "2025年，区政府办公室共收到政府信息公开申请41件，因政府信息公开引发行政复议3件、行政")
                .getBytes(StandardCharsets.UTF_8));
    assertTrue(r.isDraft());
    assertEquals(
        Optional.of("truncated"),
        r.findings().stream().map(Finding::rule).filter("truncated"::equals).findFirst());
  }

  @Test
  void recognisesATenCharacterAutonomousCounty() {
    assertEquals(
        new ReportFieldReader.Place("桃花源街道", "酉阳土家族苗族自治县"),
        ReportFieldReader.placeOf("酉阳土家族苗族自治县桃花源街道办事处"));
    assertEquals(
        "酉阳土家族苗族自治县", ReportFieldReader.countyOfAddressee("中共酉阳土家族苗族自治县委、酉阳土家族苗族自治县人民政府："));
  }
}
