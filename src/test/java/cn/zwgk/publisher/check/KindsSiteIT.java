package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site of every kind ({@code sites/valid-kinds}): a township's and a county government's 法治
 * report, a township's and a county department's 信息公开年报, two county documents (规则, 通知), in four 索引号
 * schemes. It builds and passes the check with no finding; each kind has its index, year pages,
 * grid and feed; county-level bodies are never listed as townships.
 */
class KindsSiteIT {
  @TempDir static Path tmp;
  static CheckInput input;
  static CheckResult result;

  @BeforeAll
  static void buildAndCheck() {
    input = FixtureSite.build("valid-kinds", tmp);
    result = FixtureSite.check(input);
  }

  private static Document page(String uri) throws IOException {
    return Jsoup.parse(input.site().resolve(uri).toFile(), "UTF-8");
  }

  @Test
  void buildsAndPassesTheCheckWithoutFindings() {
    assertEquals(6, input.reports().size());
    assertEquals(List.of(), FixtureSite.describe(result));
  }

  @Test
  void eachKindHasItsIndexYearPagesGridAndFeed() {
    for (String uri :
        List.of(
            "kinds/fazhi/index.html",
            "kinds/fazhi/grid.html",
            "kinds/fazhi/2023.html",
            "kinds/fazhi/2024.html",
            "kinds/fazhi/feed.xml",
            "kinds/xxgk-nianbao/index.html",
            "kinds/xxgk-nianbao/grid.html",
            "kinds/xxgk-nianbao/2024.html",
            "kinds/xxgk-nianbao/feed.xml",
            "kinds/wenjian/index.html",
            "kinds/wenjian/grid.html",
            "kinds/wenjian/2024.html",
            "kinds/wenjian/2025.html",
            "kinds/wenjian/feed.xml")) {
      assertTrue(Files.isRegularFile(input.site().resolve(uri)), uri);
    }
  }

  @Test
  void eachGridHasTheIssuersOfItsKindOnly() throws IOException {
    assertEquals(List.of("埔前镇", "镇巴县人民政府"), rowNames("kinds/fazhi/grid.html"));
    assertEquals(List.of("镇巴县财政局", "兴隆镇"), rowNames("kinds/xxgk-nianbao/grid.html"));
    assertEquals(List.of("镇巴县人民政府"), rowNames("kinds/wenjian/grid.html"));
    Document fazhi = page("kinds/fazhi/grid.html");
    assertEquals(List.of("发布机构", "2023", "2024"), fazhi.select("table.grid thead th").eachText());
    assertEquals("未发布", fazhi.select("table.grid tbody tr").get(0).select("td").get(0).text());
    Document documents = page("kinds/wenjian/grid.html");
    assertEquals(
        List.of("发布机构", "2024", "2025"), documents.select("table.grid thead th").eachText());
    assertEquals(3, page("grid.html").select("table.grid").size(), "the overview has every kind");
  }

  @Test
  void theTownshipIndexListsOnlyRealTownshipsAndTheCountyBodiesApart() throws IOException {
    Document d = page("townships/index.html");
    List<String> rows = d.select("table.listing tbody tr").eachText();
    assertEquals(
        List.of(
            "镇巴县 镇巴县人民政府 县级人民政府 3",
            "镇巴县 镇巴县财政局 县级部门 1",
            "源城区 埔前镇 河源市源城区埔前镇人民政府 1",
            "镇巴县 兴隆镇 镇巴县兴隆镇人民政府 1"),
        rows);
    try (Stream<Path> pages = Files.list(input.site().resolve("townships"))) {
      assertEquals(
          List.of("index.html", "puqianzhen.html", "xinglongzhen.html"),
          pages.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void theCountysDocumentsAppearUnderTheCounty() throws IOException {
    Document d = page("issuers/zhenbaxianrenminzhengfu.html");
    assertEquals(
        List.of("镇巴县人民政府关于做好2025年春节期间安全生产工作的通知", "镇巴县人民政府工作规则", "镇巴县人民政府2023年法治政府建设年度报告"),
        d.select(".report-list a").eachText());
    Document report = page("reports/2024/zhenbaxian-gongzuoguize.html");
    assertEquals(
        List.of("首页", "按乡镇", "镇巴县人民政府", "镇巴县人民政府工作规则"), report.select(".breadcrumb li").eachText());
    Document year = page("years/2024.html");
    assertEquals(List.of("源城区", "镇巴县"), year.select("main h2").eachText());
  }

  @Test
  void feedEntriesNameTheirKind() throws IOException {
    String feed = Files.readString(input.site().resolve("kinds/wenjian/feed.xml"));
    assertEquals(2, feed.split("<entry>", -1).length - 1);
    assertTrue(feed.contains("<category term=\"document\" label=\"其他主动公开文件\"/>"), feed);
    assertFalse(feed.contains("法治政府建设年度报告</title>"), feed);
    String all = Files.readString(input.site().resolve("feed.xml"));
    assertTrue(all.contains("term=\"disclosure-report\""), all);
  }

  private static List<String> rowNames(String uri) throws IOException {
    return page(uri).select("table.grid tbody th a").eachText();
  }
}
