package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.demo.DemoSite;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.testing.HeadlessChromium;
import cn.zwgk.publisher.testing.SampleSite;
import cn.zwgk.publisher.testing.StaticHttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The identity furniture in real headless Chromium, on the demonstration portal with both badges
 * configured: the footer shows 主办单位, 承办单位, 联系方式, 网站标识码 and the two filing numbers linked to their
 * record sites, the badge script elements are there (their third-party hosts blocked, as a test has
 * no network), every page says it is a demonstration, report pages carry the issuer's banner and
 * the crawler meta tags. The build's own check passes the configured badge scripts. A screenshot of
 * the home page is left in target/ (and in {@code -Dpublisher.demoScreenshot=FILE}).
 */
class PortalIdentityIT {
  private static final String CONAC =
      "https://dcs.conac.cn/js/00/000/0000/00000000/CA000000000000000000001.js";
  private static final String JIUCUO = "https://pucha.kaipuyun.cn/exposure/jiucuo.js";
  private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

  private static Path site;
  private static List<Problem> warnings;
  private static StaticHttpServer server;
  private static HeadlessChromium chromium;
  private static ChromeDriver driver;

  @BeforeAll
  static void bakeAndServe() throws IOException {
    Path work = Path.of("target", "portal-identity").toAbsolutePath();
    deleteTree(work);
    Path source = work.resolve("source");
    DemoSite.write(SampleSite.projectRoot(), source, TODAY);
    Files.writeString(
        source.resolve("jbake.properties"),
        "site.conac_script=" + CONAC + "\nsite.jiucuo_script=" + JIUCUO + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    site = work.resolve("site");
    Clock clock = Clock.fixed(Instant.parse("2026-05-01T02:00:00Z"), ZoneOffset.UTC);
    // The check runs: a configured badge script is not a foreign script.
    warnings = new SiteBuilder(clock).build(new BuildRequest(source, site)).warnings();
    server = StaticHttpServer.serve(site);
    chromium = HeadlessChromium.start(1280, 900);
    driver = chromium.driver();
    chromium.cdp("Network.enable", Map.of());
    chromium.cdp(
        "Network.setBlockedURLs", Map.of("urls", List.of("*dcs.conac.cn*", "*kaipuyun.cn*")));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String footer() {
    return driver.findElement(By.cssSelector("footer.site-footer")).getText();
  }

  @Test
  void footerShowsTheIdentityInspectionRequires() {
    driver.get(server.url("index.html"));
    String footer = footer();
    assertTrue(footer.contains("主办单位：样例县人民政府办公室（演示）"), footer);
    assertTrue(footer.contains("承办单位：样例县大数据发展中心（演示）"), footer);
    assertTrue(footer.contains("联系方式：联系电话：012-34567890（演示号码）"), footer);
    assertTrue(footer.contains("网站标识码：0000000000"), footer);
    WebElement icp = driver.findElement(By.cssSelector("footer a.footer-icp"));
    assertEquals("演示ICP备00000000号", icp.getText());
    assertEquals("https://beian.miit.gov.cn/", icp.getAttribute("href"));
    WebElement police = driver.findElement(By.cssSelector("footer a.footer-public-security"));
    assertEquals("演示公网安备00000000000000号", police.getText());
    assertEquals(
        "https://beian.mps.gov.cn/#/query/webSearch?code=00000000000000",
        police.getAttribute("href"));
  }

  @Test
  void configuredBadgesAreTheOfficialScriptsAndPassTheCheck() {
    driver.get(server.url("index.html"));
    assertEquals(1, driver.findElements(By.id("_ideConac")).size());
    assertEquals(
        CONAC,
        driver.findElement(By.cssSelector(".site-footer__conac script")).getAttribute("src"));
    WebElement jiucuo = driver.findElement(By.id("_jiucuo_"));
    assertEquals(JIUCUO, jiucuo.getAttribute("src"));
    assertEquals("0000000000", jiucuo.getAttribute("sitecode"));
    assertTrue(
        warnings.stream().noneMatch(p -> p.field().equals("check.foreign_script")),
        warnings.toString());
    assertTrue(
        warnings.stream().noneMatch(p -> p.field().equals("check.site_identity")),
        warnings.toString());
  }

  @Test
  void everyPageSaysItIsADemonstrationAndIsNotIndexed() {
    for (String page : List.of("index.html", "grid.html", "reports/2024/donghuzhen-2024.html")) {
      driver.get(server.url(page));
      assertTrue(driver.getTitle().endsWith("（演示站点）"), driver.getTitle());
      assertTrue(
          driver.findElement(By.cssSelector(".demo-banner")).isDisplayed(), page + " banner");
      assertEquals(
          "noindex, nofollow",
          driver.findElement(By.cssSelector("meta[name=robots]")).getAttribute("content"));
    }
  }

  @Test
  void reportPagesCarryTheIssuerBannerAndTheCrawlerMetaTags() {
    driver.get(server.url("reports/2024/donghuzhen-2024.html"));
    assertEquals("样例县东湖镇人民政府", driver.findElement(By.cssSelector(".issuer-banner")).getText());
    Map<String, String> expected =
        Map.of(
            "SiteName", "样例县政府信息公开平台",
            "SiteDomain", "demo.example.org",
            "SiteIDCode", "0000000000",
            "ColumnName", "工作报告",
            "ArticleTitle", "东湖镇2024年法治政府建设年度报告（演示）",
            "PubDate", "2025-01-05",
            "ContentSource", "样例县东湖镇人民政府");
    expected.forEach(
        (name, value) ->
            assertEquals(
                value,
                driver
                    .findElement(By.cssSelector("meta[name=" + name + "]"))
                    .getAttribute("content"),
                name));
  }

  @Test
  void theGridShowsEveryTownshipAndYear() throws IOException {
    driver.get(server.url("grid.html"));
    String grid = driver.findElement(By.tagName("main")).getText();
    for (String township : List.of("东湖镇", "西山镇", "南河乡", "北岭镇", "青石镇", "白沙乡", "红岩街道", "清溪镇")) {
      assertTrue(grid.contains(township), township);
    }
    for (int year = 2022; year <= 2025; year++) {
      assertTrue(grid.contains(String.valueOf(year)), String.valueOf(year));
    }
    driver.get(server.url("index.html"));
    Map<String, Object> shot = chromium.cdp("Page.captureScreenshot", Map.of("format", "png"));
    byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
    HeadlessChromium.write(site.resolveSibling("demo.png"), png);
    String extra = System.getProperty("publisher.demoScreenshot", "");
    if (!extra.isEmpty()) {
      HeadlessChromium.write(Path.of(extra), png);
    }
  }
}
