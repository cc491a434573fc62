package cn.zwgk.publisher.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.metadata.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking and filtering over a small index built and read back from disk. */
class SearchIndexReaderTest {
  @TempDir static Path site;
  private static SearchIndexReader reader;

  @BeforeAll
  static void build() {
    TestReports t = new TestReports();
    List<Report> reports = new ArrayList<>();
    reports.add(
        t.published(
            "a", "甲镇2023年法治政府建设年度报告", "源城区", "甲镇", 2023, "行政执法 行政执法 行政执法 行政执法 行政执法。法律明白人培养工程。"));
    reports.add(t.published("b", "乙镇2023年行政执法工作报告", "源城区", "乙镇", 2023, "全年开展执法检查。"));
    reports.add(t.published("c", "丙镇2023年法治政府建设年度报告", "忠县", "丙镇", 2023, "规范行政执法行为。学习借鉴甲镇经验。"));
    reports.add(
        t.published(
            "d", "丙镇2024年法治政府建设年度报告", "忠县", "丙镇", 2024, "规范行政执法行为。" + "其他工作情况说明。".repeat(40)));
    reports.add(t.published("e", "丁镇2022年法治政府建设年度报告", "忠县", "丁镇", 2022, "普法宣传。"));
    new SearchIndexBuilder(new BigramTokenizer())
        .build(reports, TestReports::slug, t.bodies(), site);
    reader = SearchIndexReader.open(site);
  }

  private static List<String> titles(SearchQuery query) {
    return reader.search(query).stream().map(h -> reader.document(h.document()).title()).toList();
  }

  private static List<String> titles(String query) {
    return titles(SearchQuery.of(query));
  }

  @Test
  void ranksTitleMatchesFirstThenBodyMatchesByScore() {
    assertEquals(
        List.of(
            "乙镇2023年行政执法工作报告", // title
            "甲镇2023年法治政府建设年度报告", // five times in the body
            "丙镇2023年法治政府建设年度报告", // once, short body
            "丙镇2024年法治政府建设年度报告"), // once, long body: length beats the newer year
        titles("行政执法"));
  }

  @Test
  void ranksMetadataMatchesAboveBodyMatches() {
    // 甲镇 is the township of report a, and only mentioned in the body of report c.
    assertEquals(List.of("甲镇2023年法治政府建设年度报告", "丙镇2023年法治政府建设年度报告"), titles("甲镇"));
  }

  @Test
  void requiresEveryTerm() {
    assertEquals(List.of("甲镇2023年法治政府建设年度报告"), titles("行政执法 法律明白人"));
    assertEquals(List.of(), titles("行政执法 普法宣传"));
  }

  @Test
  void breaksTiesByNewerYear() {
    assertEquals(
        List.of("丙镇2024年法治政府建设年度报告", "丙镇2023年法治政府建设年度报告"),
        titles(new SearchQuery("建设", "忠县", "bingzhen", 0)));
  }

  @Test
  void filtersByCountyTownshipAndYear() {
    assertEquals(4, titles("法治政府").size());
    assertEquals(List.of("甲镇2023年法治政府建设年度报告"), titles(new SearchQuery("法治政府", "源城区", "", 0)));
    assertEquals(
        List.of("丙镇2023年法治政府建设年度报告"), titles(new SearchQuery("法治政府", "", "bingzhen", 2023)));
    assertEquals(List.of("丙镇2024年法治政府建设年度报告"), titles(new SearchQuery("报告", "", "", 2024)));
    assertEquals(List.of(), titles(new SearchQuery("法治政府", "源城区", "bingzhen", 0)));
  }

  @Test
  void findsByIndexNumberAndYear() {
    List<Ranking.Hit> hits = reader.search(SearchQuery.of("11441602730470987N/2024-00002"));
    assertEquals("乙镇2023年行政执法工作报告", reader.document(hits.get(0).document()).title());
    assertEquals(1, hits.size());
  }

  @Test
  void findsNothingForUnknownTermsOrAnEmptyQuery() {
    assertEquals(List.of(), titles("量子计算"));
    assertEquals(List.of(), titles(""));
    assertEquals(List.of(), titles("，。"));
  }

  @Test
  void plansTheManifestTheShardOfEachTermAndTheDocumentsShown() {
    SearchIndexReader.QueryPlan plan = reader.plan(SearchQuery.of("行政执法"));
    assertEquals(List.of("行政", "政执", "执法"), plan.terms());
    assertEquals(4, plan.hits());
    assertEquals(ShardWriter.manifestPath(site), plan.files().get(0));
    long documents = plan.files().stream().filter(f -> f.getParent().endsWith("docs")).count();
    assertEquals(4, documents);
    assertTrue(plan.bytes() > 0);
  }
}
