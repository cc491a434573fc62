package cn.zwgk.publisher.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The sanitizer against a hostile corpus (hostile-bodies.txt beside this test) and by example. */
class BodySanitizerTest {
  private final BodySanitizer sanitizer = new BodySanitizer();

  private static final Set<String> SAFE_TAGS =
      Set.of(
          "a",
          "b",
          "blockquote",
          "br",
          "caption",
          "cite",
          "code",
          "col",
          "colgroup",
          "dd",
          "div",
          "dl",
          "dt",
          "em",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "i",
          "img",
          "li",
          "ol",
          "p",
          "pre",
          "q",
          "small",
          "span",
          "strike",
          "strong",
          "sub",
          "sup",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "u",
          "ul",
          "body");

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

  /** One corpus entry: its title and its HTML. */
  record Entry(String title, String html) {}

  static List<Entry> corpus() throws IOException {
    String text;
    try (InputStream in =
        Objects.requireNonNull(BodySanitizerTest.class.getResourceAsStream("hostile-bodies.txt"))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Entry> entries = new ArrayList<>();
    String title = null;
    StringBuilder html = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        if (title != null) {
          entries.add(new Entry(title, unescape(html.toString().strip())));
        }
        title = line.substring(4);
        html.setLength(0);
      } else if (title != null) {
        html.append(line).append('\n');
      }
    }
    entries.add(new Entry(title, unescape(html.toString().strip())));
    return entries;
  }

  private static String unescape(String s) {
    Matcher m = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    return m.appendTail(out).toString();
  }

  @TestFactory
  Stream<DynamicTest> noCorpusEntryKeepsAnythingThatCanRunScript() throws IOException {
    return corpus().stream()
        .map(e -> DynamicTest.dynamicTest(e.title(), () -> assertHarmless(e.html())));
  }

  /**
   * What a browser would build from the cleaned markup: only safelisted tags, no event handler or
   * style, every URL relative or http(s)/mailto, and the same markup when cleaned again (a
   * serialization that re-parses differently is how mutation XSS gets through).
   */
  private void assertHarmless(String html) {
    String clean = sanitizer.clean(html);
    Element reparsed = Jsoup.parseBodyFragment(clean).body();
    for (Element e : reparsed.getAllElements()) {
      assertTrue(SAFE_TAGS.contains(e.normalName()), "<" + e.normalName() + "> kept: " + clean);
      for (Attribute a : e.attributes()) {
        String key = a.getKey();
        assertFalse(key.startsWith("on"), key + " kept: " + clean);
        assertFalse(key.equals("style") || key.equals("srcset") || key.equals("name"), clean);
        if (URL_ATTRIBUTES.contains(key)) {
          assertFalse(AttributeUrl.mayRunScript(a.getValue()), key + " kept: " + clean);
          assertTrue(
              AttributeUrl.isAllowed(a.getValue(), Set.of("http", "https", "mailto")), clean);
        }
        if (key.equals("id")) {
          assertFalse(BodySanitizer.isPageId(a.getValue()), "page id kept: " + clean);
        }
      }
    }
    assertEquals(clean, sanitizer.clean(clean), "not stable under a second clean");
    assertFalse(clean.toLowerCase(java.util.Locale.ROOT).contains("<script"), clean);
  }

  @Test
  void keepsRelativeHttpAndMailLinksExactlyAsWritten() {
    assertEquals(
        "<p><a href=\"../2023/a.html#一\">a</a> <a href=\"https://www.gov.cn/\">b</a>"
            + " <a href=\"mailto:xxgk@example.gov.cn\">c</a> <a href=\"#二\">d</a>"
            + " <img src=\"pq/图1.png\" alt=\"图\"></p>",
        sanitizer.clean(
            "<p><a href=\"../2023/a.html#一\">a</a> <a href=\"https://www.gov.cn/\">b</a>"
                + " <a href=\"mailto:xxgk@example.gov.cn\">c</a> <a href=\"#二\">d</a>"
                + " <img src=\"pq/图1.png\" alt=\"图\"></p>"));
  }

  @Test
  void dropsTheUrlButKeepsTheTextOfARefusedLink() {
    assertEquals(
        "<a>x</a><a>y</a><img alt=\"z\">",
        sanitizer.clean(
            "<a href=\"javascript:alert(1)\">x</a>"
                + "<a href=\"&#106;avascript:alert(1)\">y</a><img src=\"data:image/png,x\" alt=\"z\">"));
  }

  @Test
  void theOldBasePrefixIsAnOrdinaryAbsoluteUrlNow() {
    assertEquals(
        "<a href=\"http://report.invalid/javascript:alert(1)\">x</a>",
        sanitizer.clean("<a href=\"http://report.invalid/javascript:alert(1)\">x</a>"));
  }

  @Test
  void refusesSchemesOtherThanWebAndMail() {
    for (String url :
        List.of(
            "ftp://x/", "file:///etc/passwd", "tel:123", "java script:x", "\u2028javascript:x")) {
      assertEquals("<a>x</a>", sanitizer.clean("<a href=\"" + url + "\">x</a>"), url);
    }
    assertEquals("<img alt=\"a\">", sanitizer.clean("<img src=\"mailto:a@b.cn\" alt=\"a\">"));
  }

  @Test
  void headingIdsThePageUsesOrRepeatsGetASuffix() {
    assertEquals(
        "<h2 id=\"main-1\">a</h2><h2 id=\"一主要举措\">b</h2><h2 id=\"一主要举措-1\">c</h2>"
            + "<h3 id=\"y2024-1\">d</h3><p>e</p>",
        sanitizer.clean(
            "<h2 id=\"main\">a</h2><h2 id=\"一主要举措\">b</h2><h2 id=\"一主要举措\">c</h2>"
                + "<h3 id=\"y2024\">d</h3><p id=\"search-q\">e</p>"));
  }

  /** The ids the templates give their elements are all ones a body cannot take. */
  @Test
  void everyIdInTheTemplatesIsReserved() throws IOException {
    Pattern id = Pattern.compile("\\bid=\"([^\"]+)\"");
    List<String> unreserved = new ArrayList<>();
    try (Stream<Path> templates = Files.list(Path.of("templates"))) {
      for (Path t : templates.filter(p -> p.toString().endsWith(".ftlh")).sorted().toList()) {
        Matcher m = id.matcher(Files.readString(t));
        while (m.find()) {
          // A FreeMarker interpolation stands for a number in every template id that has one.
          String example = m.group(1).replaceAll("\\$\\{[^}]*}", "7");
          if (!BodySanitizer.isPageId(example)) {
            unreserved.add(t.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), unreserved);
  }
}
