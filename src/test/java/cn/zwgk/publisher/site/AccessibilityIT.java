package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.testing.HeadlessChromium;
import cn.zwgk.publisher.testing.SampleSite;
import cn.zwgk.publisher.testing.StaticHttpServer;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (the npm package's {@code axe.min.js}, v4.11, injected into the page) audits every kind
 * of page in real Chromium, in the normal, elderly and high-contrast themes and on a phone: no
 * serious or critical violation (contrast, names, labels, landmarks, ARIA, language, …). Lesser
 * findings are printed.
 */
class AccessibilityIT {
  private static final List<String> BLOCKING = List.of("serious", "critical");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static StaticHttpServer server;
  private static HeadlessChromium chromium;
  private static ChromeDriver driver;
  private static String axe;

  /** One axe finding, reduced to what a person needs to fix it. */
  record Violation(String id, String impact, String help, List<String> nodes) {}

  @BeforeAll
  static void start() throws IOException {
    try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
      assertNotNull(in, "axe.min.js (com.deque.html.axe-core:selenium) is not on the classpath");
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    server = SampleSite.serve();
    chromium = HeadlessChromium.start();
    driver = chromium.driver();
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

  @Test
  void everyPageInEveryThemeHasNoSeriousViolations() throws IOException {
    List<String> blocking = new ArrayList<>();
    int audits = 0;
    for (String theme : List.of("normal", "elderly", "high-contrast", "elderly+high-contrast")) {
      for (var page : SampleSite.builtPages().entrySet()) {
        for (Violation v : audit(page.getValue(), theme)) {
          String line =
              page.getKey()
                  + " ["
                  + theme
                  + "] "
                  + v.impact()
                  + " "
                  + v.id()
                  + ": "
                  + v.help()
                  + " "
                  + v.nodes();
          if (BLOCKING.contains(v.impact())) {
            blocking.add(line);
          } else {
            System.out.println("axe note: " + line);
          }
        }
        audits++;
      }
    }
    System.out.println("axe: " + audits + " audits, " + blocking.size() + " serious or critical");
    assertEquals(List.of(), blocking);
  }

  @Test
  void phoneLayoutHasNoSeriousViolations() throws IOException {
    chromium.emulateViewport(375, 800, true);
    try {
      List<String> blocking = new ArrayList<>();
      for (String page : List.of(SampleSite.PAGES.get("report"), SampleSite.PAGES.get("home"))) {
        for (Violation v : audit(page, "normal")) {
          if (BLOCKING.contains(v.impact())) {
            blocking.add(page + " " + v);
          }
        }
      }
      assertEquals(List.of(), blocking);
    } finally {
      chromium.clearViewportEmulation();
    }
  }

  /**
   * Structure a screen-reader user relies on, checked directly: Chinese language, one banner, main
   * and contentinfo landmark, a skip link to the main content first, one h1 and no skipped heading
   * level on the way down.
   */
  @Test
  void everyPageHasLanguageLandmarksSkipLinkAndOrderedHeadings() {
    List<String> problems = new ArrayList<>();
    for (var page : SampleSite.builtPages().entrySet()) {
      driver.get(server.url(page.getValue()));
      @SuppressWarnings("unchecked")
      List<String> found =
          (List<String>)
              driver.executeScript(
                  "var p = [];"
                      + "if (document.documentElement.lang !== 'zh-CN') p.push('lang is ' + document.documentElement.lang);"
                      + "['body > header', 'main#main', 'body > footer', 'nav[aria-label]'].forEach(function (s) {"
                      + "  if (document.querySelectorAll(s).length < 1) p.push('no ' + s); });"
                      + "if (document.querySelectorAll('main').length !== 1) p.push('main count');"
                      + "var first = document.querySelector('a[href], button');"
                      + "if (!first || first.getAttribute('href') !== '#main') p.push('first control is not the skip link');"
                      + "var hs = document.querySelectorAll('h1, h2, h3, h4, h5, h6');"
                      + "if (document.querySelectorAll('h1').length !== 1) p.push('h1 count ' + document.querySelectorAll('h1').length);"
                      + "var last = 0;"
                      + "hs.forEach(function (h) { var l = +h.tagName[1];"
                      + "  if (last === 0 && l !== 1) p.push('first heading is ' + h.tagName);"
                      + "  if (last !== 0 && l > last + 1) p.push(h.tagName + ' after h' + last + ': ' + h.textContent.trim());"
                      + "  last = l; });"
                      + "return p;");
      found.forEach(f -> problems.add(page.getValue() + ": " + f));
    }
    assertEquals(List.of(), problems);
  }

  /** axe finds what it should: a page with known faults is reported, so zero above means zero. */
  @Test
  void reportsViolationsOfAFaultyPage() throws IOException {
    driver.get(server.url(SampleSite.PAGES.get("report")));
    driver.executeScript(
        "document.documentElement.removeAttribute('lang');"
            + "var p = document.querySelector('.report-body p'); p.style.color = '#aaaaaa';"
            + "document.querySelector('[data-font=large]').removeAttribute('aria-label');"
            + "document.querySelector('[data-font=large]').textContent = '';");
    List<String> ids = run().stream().map(Violation::id).toList();
    assertTrue(ids.contains("html-has-lang"), ids.toString());
    assertTrue(ids.contains("color-contrast"), ids.toString());
    assertTrue(ids.contains("button-name"), ids.toString());
  }

  private static List<Violation> audit(String sitePath, String theme) throws IOException {
    driver.get(server.url(sitePath));
    driver.executeScript(
        "localStorage.setItem('zwgk.elderly', arguments[0] ? 'on' : 'off');"
            + "localStorage.setItem('zwgk.high-contrast', arguments[1] ? 'on' : 'off');",
        theme.contains("elderly"),
        theme.contains("high-contrast"));
    driver.navigate().refresh();
    String classes = (String) driver.executeScript("return document.documentElement.className;");
    assertEquals(theme.contains("elderly"), classes.contains("elderly"), classes);
    assertEquals(theme.contains("high-contrast"), classes.contains("high-contrast"), classes);
    return run();
  }

  private static List<Violation> run() throws IOException {
    driver.executeScript(axe);
    Object result =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {"
                + "  done(JSON.stringify(r.violations.map(function (v) {"
                + "    return { id: v.id, impact: v.impact, help: v.help,"
                + "      nodes: v.nodes.map(function (n) {"
                + "        return n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ');"
                + "      }) };"
                + "  })));"
                + "}, function (e) { done('axe failed: ' + e); });");
    String json = String.valueOf(result);
    if (json.startsWith("axe failed")) {
      throw new AssertionError(json);
    }
    return JSON.readValue(json, new TypeReference<List<Violation>>() {});
  }
}
