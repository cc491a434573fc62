package cn.zwgk.publisher.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.metadata.Report;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexBuilderTest {
  @TempDir Path temp;
  private final TestReports t = new TestReports();

  private List<Report> sample() {
    List<Report> reports = new ArrayList<>();
    reports.add(t.published("p23", "埔前镇2023年报告", "源城区", "埔前镇", 2023, "法律明白人培养。"));
    reports.add(t.published("p24", "埔前镇2024年报告", "源城区", "埔前镇", 2024, "行政执法规范。"));
    reports.add(t.published("x24", "新立镇2024年报告", "忠县", "新立镇", 2024, "行政执法公示。"));
    reports.add(t.draft("x25", "新立镇草稿", "忠县", "新立镇", 2024, "蓝鲸湾片区治理。"));
    reports.add(t.published("j23", "均口镇2023年报告", "建宁县", "均口镇", 2023, "矛盾纠纷化解。"));
    return reports;
  }

  private SearchIndexBuilder.Summary build(List<Report> reports, Path site) {
    return new SearchIndexBuilder(new BigramTokenizer())
        .build(reports, TestReports::slug, t.bodies(), site);
  }

  @Test
  void numbersDocumentsByCountyTownshipAndNewestYear() throws IOException {
    Path site = temp.resolve("site");
    SearchIndexBuilder.Summary summary = build(sample(), site);
    assertEquals(4, summary.documents());
    SearchManifest m =
        ShardWriter.json().readValue(ShardWriter.manifestPath(site).toFile(), SearchManifest.class);
    assertEquals(
        List.of(
            new SearchManifest.Township("junkouzhen", "建宁县", "均口镇", 0, List.of(List.of(2023, 1))),
            new SearchManifest.Township(
                "puqianzhen", "源城区", "埔前镇", 1, List.of(List.of(2024, 1), List.of(2023, 1))),
            new SearchManifest.Township("xinlizhen", "忠县", "新立镇", 3, List.of(List.of(2024, 1)))),
        m.townships());
    SearchIndexReader reader = SearchIndexReader.open(site);
    assertEquals("埔前镇2024年报告", reader.document(1).title());
    assertEquals("埔前镇2023年报告", reader.document(2).title());
    assertEquals("行政执法规范。", reader.document(1).text());
  }

  @Test
  void leavesDraftsOut() throws IOException {
    Path site = temp.resolve("site");
    Map<String, Integer> reads = new ConcurrentHashMap<>();
    BodyText counting =
        r -> {
          reads.merge(r.path(), 1, Integer::sum);
          return t.bodies().of(r);
        };
    new SearchIndexBuilder(new BigramTokenizer())
        .build(sample(), TestReports::slug, counting, site);
    assertFalse(reads.containsKey("content/reports/2024/x25.md"), "draft body was read");
    assertEquals(4, reads.size());
    assertTrue(reads.values().stream().allMatch(n -> n == 1), "each body read once: " + reads);
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f);
        assertFalse(text.contains("蓝鲸") || text.contains("草稿"), f + " holds draft text");
      }
    }
    assertEquals(List.of(), SearchIndexReader.open(site).search(SearchQuery.of("蓝鲸湾")));
  }

  @Test
  void givesByteIdenticalFilesForTheSameReportsInAnyOrder() throws IOException {
    List<Report> reports = sample();
    build(reports, temp.resolve("one"));
    List<Report> shuffled = new ArrayList<>(reports);
    Collections.reverse(shuffled);
    build(shuffled, temp.resolve("two"));
    List<Path> one = files(temp.resolve("one"));
    assertEquals(one, files(temp.resolve("two")));
    for (Path f : one) {
      assertArrayEquals(
          Files.readAllBytes(temp.resolve("one").resolve(f)),
          Files.readAllBytes(temp.resolve("two").resolve(f)),
          f.toString());
    }
  }

  @Test
  void putsEveryTermInTheShardItsHashNames() throws IOException {
    Path site = temp.resolve("site");
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      reports.add(
          t.published(
              "r" + i,
              "报告" + i,
              "县" + (i % 3),
              "镇" + (i % 7),
              2020 + i % 5,
              "第" + i + "段：" + "法治政府建设依法行政行政执法矛盾纠纷普法宣传".repeat(1 + i % 4) + i * 7919));
    }
    SearchIndexBuilder.Summary summary = build(reports, site);
    assertTrue(summary.shards() >= 1);
    int terms = 0;
    for (int s = 0; s < summary.shards(); s++) {
      Map<String, String> shard =
          ShardWriter.json()
              .readValue(ShardWriter.shardPath(site, s).toFile(), new TypeReference<>() {});
      List<String> keys = new ArrayList<>(shard.keySet());
      assertEquals(keys.stream().sorted().toList(), keys, "terms sorted in shard " + s);
      for (String term : keys) {
        assertEquals(s, ShardRouting.shardOf(term, summary.shards()), term);
        PostingCodec.decode(shard.get(term));
      }
      terms += keys.size();
    }
    assertEquals(summary.terms(), terms);
    assertEquals(40, SearchIndexReader.open(site).search(SearchQuery.of("行政执法")).size());
  }

  @Test
  void refusesToMixIntoAnExistingIndexFolder() throws IOException {
    Path site = temp.resolve("site");
    Files.createDirectories(site.resolve("search"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> build(sample(), site));
    assertEquals(
        site.resolve("search")
            + " already exists (expected the search index to own search/ in the site)",
        e.getMessage());
  }

  @Test
  void indexesMetadataButNotThePublicationDate() {
    Report r = t.published("m", "标题", "源城区", "埔前镇", 2024, "");
    String metadata = SearchIndexBuilder.metadataText(r);
    assertTrue(metadata.contains("11441602730470987N/2025-00001"), metadata);
    assertTrue(metadata.contains("源城区埔前镇人民政府"), metadata);
    assertFalse(metadata.contains("2025-02-01"), metadata);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
