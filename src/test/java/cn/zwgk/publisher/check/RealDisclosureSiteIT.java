package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site of real published 年报 ({@code sites/valid-real-disclosure}: the tables of five real reports
 * of 江苏, 福建 and 上海 under made-up metadata, see its README.md) is baked in full and passes the check
 * with no finding, and each report page shows the report's real figures in the format's tables.
 */
class RealDisclosureSiteIT {
  @TempDir static Path tmp;
  static CheckInput input;
  static CheckResult result;

  @BeforeAll
  static void buildAndCheck() {
    input = FixtureSite.build("valid-real-disclosure", tmp);
    result = FixtureSite.check(input);
  }

  private static Document page(String uri) throws IOException {
    return Jsoup.parse(input.site().resolve(uri).toFile(), "UTF-8");
  }

  /** The cells of the row of {@code table} whose heading cells end with {@code label}. */
  private static List<String> row(Document d, String table, String label) {
    Element tr =
        d.select("table." + table + " tr").stream()
            .filter(r -> r.select("th").stream().anyMatch(th -> th.text().equals(label)))
            .findFirst()
            .orElseThrow(() -> new AssertionError(table + ": no row " + label));
    return tr.select("td").eachText();
  }

  @Test
  void fiveRealReportsBuildAndPassTheCheckWithoutFindings() {
    assertEquals(
        List.of(
            "content/reports/2023/suqian-2023.md",
            "content/reports/2024/hongze-2024.md",
            "content/reports/2024/pingtan-2024.md",
            "content/reports/2024/shanghai-kewei-2024.md",
            "content/reports/2024/suqian-2024.md"),
        input.reports().stream().map(r -> r.path()).sorted().toList());
    assertEquals(List.of(), FixtureSite.describe(result));
  }

  @Test
  void theTownshipIndexListsTheFourCountyBodiesByTheirIssuerPages() throws IOException {
    Document d = page("townships/index.html");
    assertEquals(
        List.of(
            "issuers/huaianshihongzequrenminzhengfu.html",
            "issuers/pingtanzongheshiyanquguanweihui.html",
            "issuers/shanghaishikexuejishuweiyuanhui.html",
            "issuers/suqianshirenminzhengfu.html"),
        d.select("table.listing tbody a[href]").eachAttr("href").stream()
            .map(h -> h.replaceFirst("^(\\.\\./)+", ""))
            .sorted()
            .toList());
  }

  @Test
  void theApplicationsTablePagesShowTheReportsRealFigures() throws IOException {
    Document suqian = page("reports/2024/suqian-2024.html");
    assertEquals(
        List.of("3440", "75", "0", "1", "6", "3", "3525"),
        row(suqian, "disclosure-applications", "一、本年新收政府信息公开申请数量"));
    assertEquals(
        List.of("118", "5", "0", "0", "1", "1", "125"),
        row(suqian, "disclosure-applications", "四、结转下年度继续办理"));
    assertEquals(
        List.of("3402", "99", "0", "4", "5", "1", "3511"),
        row(page("reports/2023/suqian-2023.html"), "disclosure-applications", "一、本年新收政府信息公开申请数量"));
    assertEquals(
        List.of("217", "1", "0", "0", "0", "0", "218"),
        row(page("reports/2024/pingtan-2024.html"), "disclosure-applications", "一、本年新收政府信息公开申请数量"));
    Document kewei = page("reports/2024/shanghai-kewei-2024.html");
    assertEquals(
        List.of("8", "2", "0", "0", "0", "0", "10"),
        row(kewei, "disclosure-applications", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
    assertEquals(
        List.of("1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"),
        kewei.select("table.disclosure-reviews td").eachText());
  }
}
