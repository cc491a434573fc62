package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFieldReaderTest {
  private static List<SourceBlock> body(String... lines) {
    List<SourceBlock> blocks = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      blocks.add(new Paragraph(lines[i], new SourcePosition(i + 1, 1)));
    }
    return blocks;
  }

  @ParameterizedTest
  @CsvSource({
    "河源市源城区埔前镇人民政府, 埔前镇, 源城区",
    "垫江县坪山镇人民政府, 坪山镇, 垫江县",
    "中共垫江县坪山镇委员会, 坪山镇, 垫江县",
    "均口镇人民政府, 均口镇, ''",
    "埔前镇2024年法治政府建设年度报告, 埔前镇, ''",
    "关于2023年法治政府建设工作的报告, '', ''",
    "全镇法治政府建设工作报告, '', ''"
  })
  void readsTownshipAndCountyFromANameOrTitle(String name, String township, String county) {
    assertEquals(new ReportFieldReader.Place(township, county), ReportFieldReader.placeOf(name));
  }

  @Test
  void readsCountyFromTheAddresseeLine() {
    assertEquals("建宁县", ReportFieldReader.countyOfAddressee("中共建宁县委、建宁县人民政府："));
    assertEquals("", ReportFieldReader.countyOfAddressee("县委、县政府："));
  }

  @Test
  void reportYearIsTheFirstYearOfTheTitle() {
    assertEquals(
        Optional.of(2023),
        ReportFieldReader.reportYear("2023年镇法治政府建设工作总结及2024年工作思路", body("2024年要做的事")));
  }

  @Test
  void reportYearIsTheYearBeforeTheNextYearPlan() {
    assertEquals(
        Optional.of(2025),
        ReportFieldReader.reportYear(
            "", body("《2025年全县法治政府建设工作要点》文件精神。", "四、2026年度法治政府建设的主要安排", "2026年，我镇将……2026年……")));
  }

  @Test
  void reportYearIgnoresRangesAndCountsMentions() {
    assertEquals(
        Optional.of(2023),
        ReportFieldReader.reportYear(
            "", body("贯彻《法治政府建设实施纲要（2021-2025年）》，2023年全镇……", "2023年累计排查矛盾纠纷180余起，2022年度述法。")));
  }

  @ParameterizedTest
  @CsvSource({"2024年1月15日, 2024-01-15", "二〇二四年一月十五日, 2024-01-15", "2023年12月28日, 2023-12-28"})
  void readsTheClosingDateLine(String line, String iso) {
    assertEquals(
        Optional.of(LocalDate.parse(iso)),
        ReportFieldReader.writtenDate(body("三、其他", "正文。", "坪山镇人民政府", line)));
  }

  @Test
  void aDateInsideAParagraphIsNoWrittenDate() {
    assertEquals(Optional.empty(), ReportFieldReader.writtenDate(body("2024年1月15日召开会议。")));
  }

  @ParameterizedTest
  @CsvSource({"2025-01-02, 2025-01-02", "2025/1/2, 2025-01-02", "2025年01月02日, 2025-01-02"})
  void normalisesStatedDates(String stated, String iso) {
    assertEquals(Optional.of(LocalDate.parse(iso)), ReportFieldReader.statedDate(stated));
  }

  @Test
  void anImpossibleStatedDateBecomesAFindingAndADraft() {
    String page =
        "索引号: 11441602730470987N/2025-00002 分类: 报告\n发布机构: 河源市源城区埔前镇人民政府 成文日期: 2024-12-28\n"
            + "名称: 埔前镇2024年法治政府建设年度报告\n发布日期: 2025-13-40\n\n一、主要举措\n正文。\n";
    ImportedReport r =
        ImportFixtures.importBytes("p.txt", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("", r.header().get("date"));
    assertEquals("draft", r.header().get("status"));
    assertEquals(
        List.of(
            "p.txt:4:7: warning: date: stated value \"2025-13-40\" is not valid (\"2025-13-40\" is not a"
                + " calendar date (expected yyyy-MM-dd)); left empty for an editor"),
        r.findings().stream().map(f -> f.format("p.txt")).toList());
  }
}
