package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.testing.SampleSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.PropertyConfigurator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every generated page and stylesheet passes the W3C Nu HTML Checker ({@code nu.validator}, the
 * engine of validator.w3.org/nu), run in-process with its bundled HTML schema: no errors.
 */
class HtmlValidityIT {
  private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private static Path site;
  private static List<Path> pages;

  @BeforeAll
  static void build() throws IOException {
    site = SampleSite.site();
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void checksEveryKindOfPage() {
    List<String> names = pages.stream().map(p -> site.relativize(p).toString()).toList();
    for (String expected :
        List.of(
            "index.html",
            "404.html",
            "grid.html",
            "townships/index.html",
            "townships/puqianzhen.html",
            "years/index.html",
            "years/2024.html",
            "reports/2024/puqianzhen-2024.html",
            "reports/2023/yanglizhen-2023.html",
            "reports/2024/yanglizhen-nb-2024.html",
            "disclosure/index.html",
            "disclosure/by-new.html")) {
      assertTrue(names.contains(expected), expected + " not generated; pages: " + names);
    }
  }

  @Test
  void everyPageHasNoErrors() throws Exception {
    Messages messages = check(pages, site);
    messages.warnings.forEach(w -> System.out.println("nu warning: " + w));
    assertEquals(List.of(), messages.errors, "Nu HTML Checker errors");
    System.out.printf(
        "nu: %d pages, 0 errors, %d warnings%n", pages.size(), messages.warnings.size());
  }

  @Test
  void stylesheetsHaveNoErrors() throws Exception {
    List<Path> sheets;
    try (Stream<Path> walk = Files.walk(site.resolve("css"))) {
      sheets = walk.filter(p -> p.toString().endsWith(".css")).sorted().toList();
    }
    assertTrue(sheets.size() >= 2, "stylesheets: " + sheets);
    Messages messages = check(sheets, site);
    messages.warnings.forEach(w -> System.out.println("nu css warning: " + w));
    assertEquals(List.of(), messages.errors, "Nu CSS errors");
  }

  /** The checker finds errors when there are some, so the zero counts above mean something. */
  @Test
  void reportsErrorsOfBrokenPagesAndStylesheets(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("broken.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"></head>"
            + "<body><p id=\"a\">一</p><p id=\"a\">二</p><img src=\"x.png\"></body></html>");
    Path sheet = dir.resolve("broken.css");
    Files.writeString(sheet, "p { colour: red; margin: wide; }");
    Messages messages = check(List.of(page, sheet), dir);
    String all = String.join("\n", messages.errors);
    assertTrue(all.contains("broken.html") && all.contains("title"), all);
    assertTrue(all.contains("Duplicate ID"), all);
    assertTrue(all.contains("alt"), all);
    assertTrue(all.contains("broken.css"), all);
  }

  /** Runs the checker over HTML and CSS files; names them relative to {@code base}. */
  private static Messages check(List<Path> files, Path base) throws Exception {
    Messages messages = new Messages();
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
    // The checker configures log4j from its own file (DEBUG, to stdout) when constructed, and
    // FreeMarker logs through log4j when it is present: restore the test configuration.
    PropertyConfigurator.configure(HtmlValidityIT.class.getResource("/log4j.properties"));
    validator.setAllowCss(true);
    validator.setUpMainSchema(HTML_SCHEMA, messages);
    validator.setUpValidatorAndParsers(messages, false, false);
    for (Path file : files) {
      messages.file = base.relativize(file).toString();
      if (file.toString().endsWith(".css")) {
        validator.checkCssFile(file.toFile(), true);
      } else {
        validator.checkHtmlFile(file.toFile(), true);
      }
    }
    return messages;
  }

  /** Collects the checker's messages as {@code file:line:column: message}. */
  private static final class Messages implements ErrorHandler {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    String file = "";

    private String format(SAXParseException e) {
      return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    @Override
    public void warning(SAXParseException e) {
      warnings.add(format(e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(format(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(format(e));
    }
  }
}
