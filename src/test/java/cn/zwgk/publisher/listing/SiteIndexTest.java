package cn.zwgk.publisher.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteIndexTest {
  private static Report report(
      String name, String county, String township, int year, String date, ReportStatus status) {
    String path = "content/reports/" + year + "/" + name + ".md";
    return new Report(
        path,
        Path.of(path),
        "reports/" + year + "/" + name + ".html",
        name,
        status,
        Optional.of(LocalDate.parse(date)),
        Optional.empty(),
        "",
        "",
        township + "人民政府",
        township,
        county,
        Optional.of(year),
        "",
        List.of(),
        Map.of(),
        Map.of(),
        1,
        List.of(),
        List.of(),
        "report",
        "",
        cn.zwgk.publisher.metadata.IssuerLevel.TOWNSHIP,
        "");
  }

  private static Report published(
      String name, String county, String township, int year, String date) {
    return report(name, county, township, year, date, ReportStatus.PUBLISHED);
  }

  private final Report pq2023 = published("pq-2023", "源城区", "埔前镇", 2023, "2024-03-31");
  private final Report pq2024 = published("pq-2024", "源城区", "埔前镇", 2024, "2025-04-01");
  private final Report ps2023 = published("ps-2023", "垫江县", "坪山镇", 2023, "2024-02-01");
  private final Report jk2021 = published("jk-2021", "建宁县", "均口镇", 2021, "2022-01-10");
  private final Report draft =
      report("draft", "源城区", "埔前镇", 2022, "2023-01-01", ReportStatus.DRAFT);
  private final SiteIndex index =
      SiteIndex.of(
          List.of(pq2023, ps2023, pq2024, jk2021, draft),
          cn.zwgk.publisher.metadata.ReportKinds.shipped());

  @Test
  void listsPublishedReportsNewestFirstWithoutDrafts() {
    assertEquals(List.of(pq2024, pq2023, ps2023, jk2021), index.published());
  }

  @Test
  void groupsTownshipsByCountyWithSlugsAndReportsByYear() {
    List<Township> townships = index.townships();
    assertEquals(3, townships.size());
    Township pq = townships.stream().filter(t -> t.name().equals("埔前镇")).findFirst().orElseThrow();
    assertEquals("puqianzhen", pq.slug());
    assertEquals("townships/puqianzhen.html", pq.uri());
    assertEquals(List.of(2024, 2023), List.copyOf(pq.reportsByYear().keySet()));
    assertEquals(List.of(pq2024, pq2023), pq.reports());
  }

  @Test
  void sameTownshipNameInTwoCountiesGetsCountyPrefixedSlugs() {
    SiteIndex twoPingshan =
        SiteIndex.of(
            List.of(
                published("a", "垫江县", "坪山镇", 2023, "2024-01-01"),
                published("b", "梁平区", "坪山镇", 2023, "2024-01-01")),
            cn.zwgk.publisher.metadata.ReportKinds.shipped());
    assertEquals(
        List.of("dianjiangxian-pingshanzhen", "liangpingqu-pingshanzhen"),
        twoPingshan.townships().stream().map(Township::slug).sorted().toList());
  }

  @Test
  void yearPagesGroupByCountyThenTownship() {
    assertEquals(List.of(2024, 2023, 2021), index.years().stream().map(YearPage::year).toList());
    YearPage y2023 = index.years().get(1);
    assertEquals(2, y2023.reportCount());
    assertEquals(2, y2023.counties().size());
  }

  @Test
  void gridHasEveryYearBetweenOldestAndNewestAndMarksLateReports() {
    KindIndex fazhi = index.kinds().get(0);
    assertEquals(List.of(2021, 2022, 2023, 2024), fazhi.gridYears());
    GridRow pq =
        fazhi.grid().stream()
            .filter(r -> r.township().name().equals("埔前镇"))
            .findFirst()
            .orElseThrow();
    assertTrue(pq.cells().get(0).isEmpty(), "2021: none published");
    assertTrue(pq.cells().get(1).isEmpty(), "2022: only a draft, which is not published");
    assertFalse(pq.cells().get(2).entries().get(0).late(), "published on 31 March: on time");
    assertTrue(pq.cells().get(3).entries().get(0).late(), "published on 1 April: late");
  }

  @Test
  void neighboursAreTheOlderAndNewerReportOfTheSameTownship() {
    assertEquals(Optional.of(pq2023), index.neighbours(pq2024).previous());
    assertEquals(Optional.empty(), index.neighbours(pq2024).next());
    assertEquals(Optional.of(pq2024), index.neighbours(pq2023).next());
    assertEquals(Neighbours.NONE, index.neighbours(ps2023));
  }
}
