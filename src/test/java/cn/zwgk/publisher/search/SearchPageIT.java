package cn.zwgk.publisher.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.SiteBuilder;
import cn.zwgk.publisher.testing.HeadlessChromium;
import cn.zwgk.publisher.testing.StaticHttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in real headless Chromium, 375 CSS pixels wide, over HTTP from 127.0.0.1: a
 * fixture site (five published reports in four counties and three years, one draft) is built with
 * the project's templates and assets, queries are typed, and the results shown are checked against
 * the expected reports and against {@link SearchIndexReader}, which must order them identically.
 */
class SearchPageIT {
  private static final int WIDTH = 375;

  @TempDir static Path temp;
  private static Path site;
  private static StaticHttpServer http;
  private static HeadlessChromium chromium;
  private static ChromeDriver browser;
  private static SearchIndexReader reader;

  @BeforeAll
  static void buildSiteAndStartBrowser() throws IOException {
    Path project = Path.of("").toAbsolutePath();
    if (!Files.isRegularFile(project.resolve("pom.xml"))) {
      throw new IllegalStateException(project + " is not the project folder (no pom.xml)");
    }
    Path source = temp.resolve("source");
    copy(project.resolve("templates"), source.resolve("templates"));
    copy(project.resolve("assets"), source.resolve("assets"));
    Files.copy(project.resolve("jbake.properties"), source.resolve("jbake.properties"));
    copy(
        project.resolve("src/test/resources/sites/valid-search/content"),
        source.resolve("content"));
    site = temp.resolve("site");
    new SiteBuilder().build(new BuildRequest(source, site));
    reader = SearchIndexReader.open(site);
    http = StaticHttpServer.serve(site);
    chromium = HeadlessChromium.start(WIDTH, 800);
    browser = chromium.driver();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (http != null) {
      http.close();
    }
  }

  @Test
  void findsAPhraseAndRanksTitleMatchesFirst() {
    open("search.html");
    List<Result> results = type("行政执法");
    assertEquals(
        List.of(
            "reports/2023/pingshan-2023.html",
            "reports/2024/puqianzhen-2024.html",
            "reports/2025/xinli-2025.html",
            "reports/2023/puqianzhen-2023.html"),
        uris(results));
    assertEquals("坪山镇关于2023年法治政府建设和行政执法工作的报告", results.get(0).title());
    assertEquals("行政执法", marked(0, ".search-result__title mark"));
    assertEquals("找到 4 份包含“行政执法”的报告。", status());
    for (int i = 0; i < results.size(); i++) {
      assertTrue(marked(i, ".search-result__snippet mark").contains("行政执法"), "snippet " + i);
    }
    assertSameAsJava("行政执法", results);
  }

  @Test
  void findsPlaceNamesWithMetadataMatchesAboveBodyMatches() {
    open("search.html");
    List<Result> results = type("埔前镇");
    assertEquals(
        List.of(
            "reports/2024/puqianzhen-2024.html",
            "reports/2023/puqianzhen-2023.html",
            "reports/2023/junkou-2023.html"),
        uris(results));
    assertEquals("源城区 埔前镇 · 2024年度 · 发布日期 2025-01-02", results.get(0).meta());
    assertSameAsJava("埔前镇", results);
  }

  @Test
  void findsAnySubstringOfTwoCharacters() {
    open("search.html");
    List<Result> results = type("明白");
    assertEquals(4, results.size());
    assertSameAsJava("明白", results);
    for (int i = 0; i < results.size(); i++) {
      assertTrue(marked(i, ".search-result__snippet mark").matches("明白(\\|明白)*"), "snippet " + i);
    }
  }

  @Test
  void findsAReportByIndexNumberAndByDocNumber() {
    open("search.html");
    List<Result> byIndex = type("11441602730470987N/2025-00002");
    assertEquals(List.of("reports/2024/puqianzhen-2024.html"), uris(byIndex));
    assertSameAsJava("11441602730470987N/2025-00002", byIndex);

    List<Result> byDocNumber = type("坪山府发〔2024〕12号");
    assertEquals("reports/2023/pingshan-2023.html", byDocNumber.get(0).uri());
    assertSameAsJava("坪山府发〔2024〕12号", byDocNumber);
  }

  @Test
  void filtersByYearKeepsStateInTheUrlAndTheBackButtonRestoresIt() {
    open("search.html");
    List<Result> all = type("法律明白人");
    assertEquals(
        List.of(
            "reports/2025/xinli-2025.html",
            "reports/2024/puqianzhen-2024.html",
            "reports/2023/junkou-2023.html"),
        uris(all));

    int run = runNumber();
    new Select(browser.findElement(By.id("search-year"))).selectByValue("2024");
    List<Result> filtered = awaitResults(run);
    assertEquals(List.of("reports/2024/puqianzhen-2024.html"), uris(filtered));
    assertTrue(decodedUrl().endsWith("search.html?q=法律明白人&year=2024"), decodedUrl());
    assertEquals("找到 1 份包含“法律明白人”的报告（筛选：2024年度）。", status());

    run = runNumber();
    browser.navigate().back();
    assertEquals(3, awaitResults(run).size());
    assertTrue(decodedUrl().endsWith("search.html?q=法律明白人"), decodedUrl());
    assertEquals(
        "",
        new Select(browser.findElement(By.id("search-year")))
            .getFirstSelectedOption()
            .getAttribute("value"));
  }

  @Test
  void filtersByCountyAndTownshipFromASharedUrl() {
    open("search.html?q=法治&county=源城区");
    List<Result> county = awaitResults(0);
    assertEquals(
        List.of("reports/2024/puqianzhen-2024.html", "reports/2023/puqianzhen-2023.html"),
        uris(county));
    assertEquals(
        "源城区",
        new Select(browser.findElement(By.id("search-county"))).getFirstSelectedOption().getText());
    assertSameAsJava(new SearchQuery("法治", "源城区", "", 0), county);

    open("search.html?q=法治&township=junkouzhen");
    assertEquals(List.of("reports/2023/junkou-2023.html"), uris(awaitResults(0)));
  }

  @Test
  void saysSoWhenNothingMatches() {
    open("search.html");
    assertEquals(List.of(), type("量子计算机"));
    assertEquals("没有找到包含“量子计算机”的报告。请检查用字，或换用其他词语。", status());
    // Object property names must not be mistaken for terms of a shard.
    assertEquals(List.of(), type("constructor"));
    assertTrue(status().startsWith("没有找到"), status());
  }

  @Test
  void neverShowsDrafts() throws IOException {
    open("search.html");
    assertEquals(List.of(), type("蓝鲸湾"));
    try (Stream<Path> files = Files.walk(site.resolve("search"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(f).contains("蓝鲸湾"), f + " holds draft text");
      }
    }
  }

  @Test
  void headerSearchBoxOnEveryPageLeadsToResults() {
    browser.get(http.url("reports/2024/puqianzhen-2024.html"));
    WebElement box = browser.findElement(By.id("site-search-q"));
    assertEquals(
        "搜索报告",
        browser
            .findElement(By.cssSelector("label[for=site-search-q]"))
            .getAttribute("textContent"));
    box.sendKeys("法律明白人", Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("search.html"));
    assertEquals(3, awaitResults(0).size());
    assertEquals("法律明白人", browser.findElement(By.id("search-q")).getAttribute("value"));
  }

  @Test
  void downloadsOnlyTheShardsOfTheQueryTermsAndTheDocumentsShown() {
    SearchQuery query = SearchQuery.of("行政执法 埔前镇");
    http.clearRequests();
    open("search.html?q=" + query.text().replace(' ', '+'));
    List<Result> results = awaitResults(0);
    assertSameAsJava(query, results);
    Set<String> fetched =
        http.requests().stream()
            .map(StaticHttpServer.Request::path)
            .filter(p -> p.startsWith("/search/"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> planned =
        reader.plan(query).files().stream()
            .map(f -> "/" + site.relativize(f).toString().replace('\\', '/'))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(planned, fetched);
    assertTrue(reader.manifest().shards() > 1, "the fixture index should have several shards");
  }

  @Test
  void isKeyboardOperableLabelledAndFitsA375PixelScreen() {
    open("search.html");
    WebElement input = browser.findElement(By.id("search-q"));
    for (int i = 0; i < 30 && !input.equals(browser.switchTo().activeElement()); i++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertEquals(input, browser.switchTo().activeElement(), "Tab reaches the search box");
    int run = runNumber();
    browser.switchTo().activeElement().sendKeys("法治政府", Keys.ENTER);
    assertEquals(5, awaitResults(run).size());
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    assertEquals("搜索", browser.switchTo().activeElement().getText(), "Tab moves to the button");

    for (String id : List.of("search-q", "search-county", "search-township", "search-year")) {
      assertFalse(
          browser.findElement(By.cssSelector("label[for=" + id + "]")).getText().isBlank(), id);
    }
    WebElement status = browser.findElement(By.id("search-status"));
    assertEquals("polite", status.getAttribute("aria-live"));
    assertEquals(375L, browser.executeScript("return window.innerWidth"));
    assertEquals(
        browser.executeScript("return document.documentElement.clientWidth"),
        browser.executeScript("return document.documentElement.scrollWidth"),
        "no horizontal scrolling at 375 px");
  }

  // --- helpers ---

  private record Result(String uri, String title, String meta, int document) {}

  private static void open(String path) {
    browser.get(http.url(path));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !"loading".equals(results().getAttribute("data-state")));
  }

  private static WebElement results() {
    return browser.findElement(By.id("search-results"));
  }

  private static int runNumber() {
    String run = results().getAttribute("data-run");
    return run == null ? 0 : Integer.parseInt(run);
  }

  /** Types {@code query} into the search box, presses Enter and returns the results shown. */
  private static List<Result> type(String query) {
    int run = runNumber();
    WebElement input = browser.findElement(By.id("search-q"));
    input.clear();
    input.sendKeys(query, Keys.ENTER);
    return awaitResults(run);
  }

  /** Waits for a search run after {@code previousRun} to finish and returns its results. */
  private static List<Result> awaitResults(int previousRun) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            d -> runNumber() > previousRun && "done".equals(results().getAttribute("data-state")));
    List<Result> out = new ArrayList<>();
    for (WebElement li : results().findElements(By.cssSelector("li.search-result"))) {
      WebElement link = li.findElement(By.cssSelector(".search-result__title a"));
      out.add(
          new Result(
              link.getDomAttribute("href"),
              link.getText(),
              li.findElement(By.className("search-result__meta")).getText(),
              Integer.parseInt(li.getDomAttribute("data-doc"))));
    }
    return out;
  }

  private static String marked(int result, String selector) {
    return results()
        .findElements(By.cssSelector("li.search-result"))
        .get(result)
        .findElements(By.cssSelector(selector))
        .stream()
        .map(WebElement::getText)
        .collect(Collectors.joining("|"));
  }

  private static String status() {
    return browser.findElement(By.id("search-status")).getText();
  }

  private static String decodedUrl() {
    return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
  }

  private static List<String> uris(List<Result> results) {
    return results.stream().map(Result::uri).toList();
  }

  private static void assertSameAsJava(String query, List<Result> shown) {
    assertSameAsJava(SearchQuery.of(query), shown);
  }

  /** The browser shows the first page of what the Java reader finds, in the same order. */
  private static void assertSameAsJava(SearchQuery query, List<Result> shown) {
    List<Ranking.Hit> hits = reader.search(query);
    List<Integer> expected =
        hits.subList(0, Math.min(SearchIndexReader.PAGE_SIZE, hits.size())).stream()
            .map(Ranking.Hit::document)
            .toList();
    assertEquals(expected, shown.stream().map(Result::document).toList(), query.text());
    for (Result r : shown) {
      assertEquals(reader.document(r.document()).uri(), r.uri());
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
