package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.testing.HeadlessChromium;
import cn.zwgk.publisher.testing.SampleSite;
import cn.zwgk.publisher.testing.StaticHttpServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The reading controls in real headless Chromium, over HTTP: 【字体：大 中 小】, elderly mode and high
 * contrast change what is rendered and are remembered across pages and visits; phones get no
 * horizontal scrolling and 44 px targets; the keyboard reaches every control in order with a
 * visible focus; without JavaScript every page is still complete. One browser for the class.
 */
class ReaderControlsIT {
  private static final String REPORT = SampleSite.PAGES.get("report");
  private static final String OTHER_REPORT = SampleSite.PAGES.get("report-with-attachments");
  private static final String HOME = SampleSite.PAGES.get("home");

  private static StaticHttpServer server;
  private static HeadlessChromium chromium;
  private static ChromeDriver driver;
  private static Path shots;

  @BeforeAll
  static void start() throws IOException {
    server = SampleSite.serve();
    chromium = HeadlessChromium.start();
    driver = chromium.driver();
    shots = SampleSite.artifacts();
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

  /** Every test starts as a first-time desktop reader with scripts on. */
  @BeforeEach
  void resetReader() {
    chromium.clearViewportEmulation();
    chromium.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    open(HOME);
    driver.executeScript("window.localStorage.clear();");
  }

  @Test
  void fontSizeControlChangesTheTextAndIsRememberedAcrossPagesAndVisits() {
    open(REPORT);
    double medium = px(".report-body p", "font-size");
    assertTrue(htmlClasses().contains("font-medium"), htmlClasses());
    assertEquals("true", attr("[data-font=medium]", "aria-pressed"));

    click("[data-font=large]");
    double large = px(".report-body p", "font-size");
    assertTrue(large > medium * 1.15, "large " + large + " vs medium " + medium);
    assertEquals("true", attr("[data-font=large]", "aria-pressed"));
    assertEquals("false", attr("[data-font=medium]", "aria-pressed"));

    open(HOME);
    assertTrue(htmlClasses().contains("font-large"), "after navigation: " + htmlClasses());
    open(OTHER_REPORT);
    assertEquals(large, px(".report-body p", "font-size"), 0.01);

    // A later visit: a new tab of the same browser profile.
    String first = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    open(REPORT);
    assertEquals(large, px(".report-body p", "font-size"), 0.01, "in a new visit");
    assertEquals("true", attr("[data-font=large]", "aria-pressed"));
    click("[data-font=small]");
    assertTrue(px(".report-body p", "font-size") < medium, "small is smaller than medium");
    driver.close();
    driver.switchTo().window(first);
  }

  @Test
  void elderlyModeEnlargesTextAndTargetsAndIsRemembered() {
    open(REPORT);
    double before = px(".report-body p", "font-size");
    click("[data-toggle=elderly]");
    assertTrue(htmlClasses().contains("elderly"), htmlClasses());
    assertEquals("true", attr("[data-toggle=elderly]", "aria-pressed"));
    double size = px(".report-body p", "font-size");
    double line = px(".report-body p", "line-height");
    assertTrue(size >= 24, "elderly body text is at least 18 pt (24 px): " + size);
    assertTrue(size > before, "elderly text is larger than normal text");
    assertTrue(line / size >= 1.3, "line height " + line + " for " + size);
    for (WebElement button : driver.findElements(By.cssSelector("button"))) {
      assertTrue(button.getSize().getHeight() >= 56, "elderly target " + describe(button));
    }
    chromium.screenshot(shots.resolve("desktop-report-elderly.png"));

    open(HOME);
    assertTrue(htmlClasses().contains("elderly"), "after navigation: " + htmlClasses());
    assertEquals("true", attr("[data-toggle=elderly]", "aria-pressed"));
    click("[data-toggle=elderly]");
    open(REPORT);
    assertFalse(htmlClasses().contains("elderly"), "switched off and remembered: " + htmlClasses());
    assertEquals(before, px(".report-body p", "font-size"), 0.01);
  }

  @Test
  void highContrastThemeAppliesAndIsRemembered() {
    open(REPORT);
    String normalBackground = css("body", "background-color");
    click("[data-toggle=high-contrast]");
    assertTrue(htmlClasses().contains("high-contrast"), htmlClasses());
    assertEquals("rgb(0, 0, 0)", css("body", "background-color"));
    assertEquals("rgb(255, 255, 255)", css(".report-body p", "color"));
    assertEquals("rgb(255, 255, 0)", css(".breadcrumb a", "color"));
    chromium.screenshot(shots.resolve("desktop-report-high-contrast.png"));

    open(SampleSite.PAGES.get("grid"));
    assertTrue(htmlClasses().contains("high-contrast"), "after navigation: " + htmlClasses());
    assertEquals("rgb(0, 0, 0)", css("body", "background-color"));
    click("[data-toggle=high-contrast]");
    open(REPORT);
    assertEquals(normalBackground, css("body", "background-color"));
  }

  @Test
  void phonesAndZoomedDesktopsNeverScrollSideways() {
    List<String> overflowing = new ArrayList<>();
    for (int width : List.of(375, 320, 640)) {
      chromium.emulateViewport(width, 800, width < 600);
      for (var page : SampleSite.builtPages().entrySet()) {
        open(page.getValue());
        if (width == 375) {
          chromium.screenshot(shots.resolve("phone-375-" + page.getKey() + ".png"));
        }
        long overflow = overflow();
        if (overflow > 0) {
          overflowing.add(page.getValue() + " at " + width + " px: " + overflow + " px too wide");
        }
      }
    }
    // The most demanding reader: elderly mode with the large font on a phone.
    chromium.emulateViewport(375, 800, true);
    open(REPORT);
    click("[data-toggle=elderly]");
    click("[data-font=large]");
    for (var page : SampleSite.builtPages().entrySet()) {
      open(page.getValue());
      long overflow = overflow();
      if (overflow > 0) {
        overflowing.add(page.getValue() + " elderly+large at 375 px: " + overflow + " px");
      }
    }
    open(REPORT);
    chromium.screenshot(shots.resolve("phone-375-report-elderly-large.png"));
    assertEquals(List.of(), overflowing);
  }

  @Test
  void metadataBlockReflowsOnPhones() {
    chromium.emulateViewport(375, 800, true);
    open(REPORT);
    WebElement table = driver.findElement(By.cssSelector(".doc-meta"));
    assertTrue(table.getRect().getWidth() <= 375, "table width " + table.getRect().getWidth());
    WebElement indexLabel = driver.findElement(By.xpath("//th[text()='索引号']"));
    WebElement categoryLabel = driver.findElement(By.xpath("//th[text()='分类']"));
    assertEquals(indexLabel.getRect().getX(), categoryLabel.getRect().getX(), "labels in a column");
    assertTrue(categoryLabel.getRect().getY() > indexLabel.getRect().getY(), "分类 below 索引号");
    for (WebElement cell : driver.findElements(By.cssSelector(".doc-meta td, .doc-meta th"))) {
      var r = cell.getRect();
      assertTrue(r.getX() >= 0 && r.getX() + r.getWidth() <= 375, "inside the screen: " + r);
    }
    chromium.emulateViewport(1280, 900, false);
    open(REPORT);
    assertEquals(
        driver.findElement(By.xpath("//th[text()='索引号']")).getRect().getY(),
        driver.findElement(By.xpath("//th[text()='分类']")).getRect().getY(),
        "on a desktop the table keeps two label/value pairs per row");
  }

  @Test
  void controlsAreAtLeast44PixelTargetsOnPhones() {
    chromium.emulateViewport(375, 800, true);
    for (String page : List.of(REPORT, HOME)) {
      open(page);
      List<WebElement> controls =
          driver.findElements(
              By.cssSelector("button, .site-nav a, .entry-points a, input, select"));
      assertFalse(controls.isEmpty());
      for (WebElement control : controls) {
        if (!control.isDisplayed()) {
          continue;
        }
        assertTrue(
            control.getSize().getWidth() >= 44 && control.getSize().getHeight() >= 44,
            page + ": " + describe(control) + " is " + control.getSize());
      }
    }
  }

  @Test
  void keyboardReachesEveryControlInOrderWithVisibleFocus() {
    for (String page : List.of(REPORT, HOME, SampleSite.PAGES.get("grid"))) {
      open(page);
      @SuppressWarnings("unchecked")
      List<String> expected = (List<String>) driver.executeScript(FOCUSABLES);
      assertTrue(expected.size() > 5, page + ": " + expected);
      assertTrue(expected.get(0).contains("跳到正文"), "skip link first: " + expected.get(0));
      for (int i = 0; i < expected.size(); i++) {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertEquals(
            String.valueOf(i),
            focused.getAttribute("data-focus-order"),
            page
                + ": tab "
                + (i + 1)
                + " should reach "
                + expected.get(i)
                + " but is on "
                + describe(focused));
        assertTrue(
            !css(focused, "outline-style").equals("none")
                || !css(focused, "box-shadow").equals("none"),
            page + ": no visible focus on " + describe(focused));
      }
    }
  }

  @Test
  void keyboardOperatesTheControls() {
    open(REPORT);
    new Actions(driver).sendKeys(Keys.TAB).perform();
    assertEquals("跳到正文", driver.switchTo().activeElement().getText());
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    assertEquals("main", driver.switchTo().activeElement().getAttribute("id"), "skip link");

    focus("[data-font=large]");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    assertTrue(htmlClasses().contains("font-large"), "Enter on 大: " + htmlClasses());
    focus("[data-toggle=elderly]");
    new Actions(driver).sendKeys(Keys.SPACE).perform();
    assertTrue(htmlClasses().contains("elderly"), "Space on 长者模式: " + htmlClasses());

    driver.executeScript(
        "window.print = function () { window.printCalls = (window.printCalls || 0) + 1; };");
    focus("[data-action=print]");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    assertEquals(1L, driver.executeScript("return window.printCalls || 0;"), "【打印】 prints");
  }

  @Test
  void everyPageIsCompleteWithoutJavaScript() {
    chromium.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    open(REPORT);
    assertFalse(htmlClasses().contains("js"), "prefs.js must not have run");
    for (String controls : List.of(".report-controls", ".view-controls")) {
      assertFalse(driver.findElement(By.cssSelector(controls)).isDisplayed(), controls);
    }
    String text = driver.findElement(By.tagName("main")).getText();
    assertTrue(text.contains("埔前镇2024年法治政府建设年度报告"), "title");
    assertTrue(text.contains("索引号") && text.contains("11441602730470987N/2025-00002"), "metadata");
    assertTrue(text.contains("无其他需要报告的情况。"), "last paragraph");
    assertTrue(driver.findElement(By.cssSelector(".report-body p")).isDisplayed());
    chromium.screenshot(shots.resolve("desktop-report-no-javascript.png"));
    open(OTHER_REPORT);
    assertTrue(driver.findElement(By.cssSelector(".attachments a")).isDisplayed(), "attachments");
  }

  @Test
  void unknownAddressesGetTheStyledNotFoundPage() {
    open("reports/2099/no-such-report.html");
    assertEquals("页面不存在", driver.findElement(By.tagName("h1")).getText());
    assertTrue(htmlClasses().contains("js"), "scripts load from the site root: " + htmlClasses());
    assertEquals("rgb(158, 27, 27)", css(".site-header", "background-color"), "styles load");
  }

  @Test
  void desktopScreenshots() {
    chromium.emulateViewport(1280, 900, false);
    for (var page : SampleSite.builtPages().entrySet()) {
      open(page.getValue());
      assertNotEquals("", driver.getTitle(), page.getValue());
      chromium.screenshot(shots.resolve("desktop-" + page.getKey() + ".png"));
    }
  }

  /**
   * Marks each element the Tab key should reach, in document order, with {@code data-focus-order},
   * and returns their descriptions. Positive tabindex values would reorder the sequence and are
   * reported as such.
   */
  private static final String FOCUSABLES =
      "var sel = 'a[href], area[href], button, input, select, textarea, iframe, summary,"
          + " [tabindex], [contenteditable]';"
          + "var list = Array.prototype.filter.call(document.querySelectorAll(sel), function (e) {"
          + "  if (e.tabIndex > 0) { throw new Error('positive tabindex on ' + e.outerHTML); }"
          + "  if (e.tabIndex < 0 || e.disabled) { return false; }"
          + "  var s = getComputedStyle(e);"
          + "  return s.visibility !== 'hidden' && s.display !== 'none' && e.getClientRects().length > 0;"
          + "});"
          + "return list.map(function (e, i) {"
          + "  e.setAttribute('data-focus-order', String(i));"
          + "  return e.tagName + ' ' + (e.getAttribute('aria-label') || e.textContent.trim()).slice(0, 30);"
          + "});";

  private static void open(String sitePath) {
    driver.get(server.url(sitePath));
  }

  private static void click(String selector) {
    driver.findElement(By.cssSelector(selector)).click();
  }

  private static void focus(String selector) {
    driver.executeScript("arguments[0].focus();", driver.findElement(By.cssSelector(selector)));
  }

  private static String attr(String selector, String name) {
    return driver.findElement(By.cssSelector(selector)).getAttribute(name);
  }

  private static String htmlClasses() {
    return String.valueOf(driver.executeScript("return document.documentElement.className;"));
  }

  private static String css(String selector, String property) {
    return css(driver.findElement(By.cssSelector(selector)), property);
  }

  private static String css(WebElement element, String property) {
    return (String)
        driver.executeScript(
            "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);",
            element,
            property);
  }

  private static double px(String selector, String property) {
    String value = css(selector, property);
    assertTrue(value.endsWith("px"), property + " = " + value);
    return Double.parseDouble(value.substring(0, value.length() - 2));
  }

  /** How many CSS pixels the page is wider than the viewport (0 when it fits). */
  private static long overflow() {
    Number n =
        (Number)
            driver.executeScript(
                "var d = document.documentElement;"
                    + " return Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;");
    return n.longValue();
  }

  private static String describe(WebElement e) {
    WebDriver d = driver;
    return (String)
        ((ChromeDriver) d)
            .executeScript(
                "var e = arguments[0]; return e.tagName + (e.id ? '#' + e.id : '') + ' \"'"
                    + " + (e.getAttribute('aria-label') || e.textContent.trim()).slice(0, 30) + '\"';",
                e);
  }
}
