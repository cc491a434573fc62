package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads a page saved from a disclosure portal: the metadata block (索引号, 分类, 发布机构, 成文日期, 名称, 文号,
 * 发布日期, 主题词), the crawler meta tags ({@code ArticleTitle}, {@code PubDate}, {@code ContentSource})
 * as fallbacks, and the body, found as the element holding the most paragraph text. Navigation,
 * header, footer, scripts and the print/font/view-count furniture are dropped. Positions are lines
 * and columns of the saved file (columns count decoded characters, so an entity such as {@code
 * &nbsp;} counts as one). Stateless.
 */
public final class ScrapedPageReader {
  private static final Pattern META_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private static final String NOT_CONTENT =
      "script, style, noscript, template, nav, header, footer, form, iframe, object, button,"
          + " select, [hidden], [aria-hidden=true]";

  private static final Pattern NOT_CONTENT_CLASS =
      Pattern.compile(
          "(?i)(^|[\\s_-])(nav|menu|footer|header|breadcrumb|crumb|share|print|toolbar|sidebar"
              + "|related|pager|position|location)([\\s_-]|$)");

  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

  private ScrapedPageReader() {}

  /** Whether {@code bytes} look like an HTML page (a doctype or an html/head/body tag up front). */
  public static boolean looksLikeHtml(byte[] bytes) {
    String start =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("\u00ef\u00bb\u00bf")) {
      start = start.substring(3).stripLeading();
    }
    return start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.startsWith("<head")
        || start.startsWith("<meta")
        || start.startsWith("<!--") && start.contains("<html");
  }

  public static SourceDocument read(String path, byte[] bytes) {
    TextDecoder.DecodedText decoded = decode(path, bytes);
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document page = Jsoup.parse(decoded.text(), "", parser);
    Map<String, PageField> fields = new LinkedHashMap<>();
    Optional<Element> block = metadataBlock(page);
    block.ifPresent(b -> readMetadata(b, fields));
    block.ifPresent(Element::remove);
    List<Removal> removals = new ArrayList<>();
    page.select("script, style, noscript, template").remove();
    List<Element> furniture = new ArrayList<>();
    for (Element e : page.body().select(NOT_CONTENT)) {
      if (furniture.stream().noneMatch(f -> e.parents().contains(f))) {
        furniture.add(e);
      }
    }
    furniture.forEach(Element::remove);
    furniture.addAll(byClass(page));
    furniture.forEach(Element::remove);
    Element body = bodyContainer(page);
    furniture.addAll(outside(page.body(), body));
    // A byline outside the text (来源: … 发布时间: …) is metadata, whatever element holds it.
    for (Element e : furniture) {
      String text = e.text();
      if (DisclosureMetadataParser.startsWithLabel(text)) {
        DisclosureMetadataParser.parseLine(text, textPosition(firstText(e)))
            .forEach(fields::putIfAbsent);
      }
    }
    fallbackFromMetaTags(page, fields);
    furniture.stream()
        .filter(e -> !e.text().isBlank())
        .sorted(java.util.Comparator.comparing(e -> e.sourceRange().startPos()))
        .forEach(
            e -> removals.add(new Removal(textPosition(firstText(e)), "page-furniture", e.text())));
    List<SourceBlock> blocks = new ArrayList<>();
    collect(body, blocks);
    // The page's text gets the same treatment as pasted text: metadata printed in the text (a
    // byline, a block the DOM search missed), chrome and the title line.
    ScrapedTextReader.Split split = ScrapedTextReader.split(blocks, removals);
    split.fields().forEach(fields::putIfAbsent);
    List<SourceBlock> kept = new ArrayList<>(split.body());
    String title = fields.containsKey("名称") ? fields.get("名称").value() : "";
    while (!kept.isEmpty()
        && kept.get(0) instanceof Paragraph p
        && ScrapedTextReader.sameTitle(p.text(), title)) {
      removals.add(new Removal(p.at(), "page-furniture", p.text()));
      kept.remove(0);
    }
    return new SourceDocument(path, "html", decoded.encoding(), kept, fields, removals);
  }

  /** Decodes with the charset the page declares (GB2312 and GBK as GB18030), else detects. */
  private static TextDecoder.DecodedText decode(String path, byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    boolean bom =
        bytes.length >= 2
            && ((bytes[0] & 0xff) == 0xEF
                || (bytes[0] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFE);
    if (m.find() && !bom) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      Charset charset;
      try {
        charset =
            name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")
                ? TextDecoder.GB18030
                : Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return TextDecoder.decode(path, bytes);
      }
      if (!charset.equals(StandardCharsets.UTF_8)) {
        String text = new String(bytes, charset).replace("\r\n", "\n").replace('\r', '\n');
        return new TextDecoder.DecodedText(text, charset.name() + " (declared)");
      }
    }
    return TextDecoder.decode(path, bytes);
  }

  /**
   * The innermost element holding the most metadata labels, when it holds 索引号 or at least three of
   * them: the table or list of the block, not the row of its first label.
   */
  private static Optional<Element> metadataBlock(Document page) {
    Element best = null;
    int bestCount = 0;
    for (Element e : page.body().getAllElements()) {
      String text = e.text();
      int labels = DisclosureMetadataParser.labelCount(text);
      if (labels < 2
          || labels < 3
              && !DisclosureMetadataParser.parseLine(text, new SourcePosition(1, 1))
                  .containsKey("索引号")) {
        continue;
      }
      // getAllElements is in document order, so a descendant of best comes after it.
      if (labels > bestCount || labels == bestCount && best != null && e.parents().contains(best)) {
        best = e;
        bestCount = labels;
      }
    }
    return Optional.ofNullable(best);
  }

  private static void readMetadata(Element block, Map<String, PageField> fields) {
    Map<String, PageField> parsed =
        DisclosureMetadataParser.parseLine(block.text(), positionOf(block));
    for (PageField f : parsed.values()) {
      fields.putIfAbsent(f.label(), new PageField(f.label(), f.value(), positionOf(block)));
    }
  }

  private static void fallbackFromMetaTags(Document page, Map<String, PageField> fields) {
    if (fields.isEmpty()) {
      return;
    }
    metaTag(page, "ArticleTitle").ifPresent(v -> fields.putIfAbsent("名称", v));
    metaTag(page, "PubDate").ifPresent(v -> fields.putIfAbsent("发布日期", v));
    metaTag(page, "ContentSource").ifPresent(v -> fields.putIfAbsent("发布机构", v));
  }

  private static Optional<PageField> metaTag(Document page, String name) {
    Element meta = page.selectFirst("meta[name=" + name + "]");
    if (meta == null || meta.attr("content").isBlank()) {
      return Optional.empty();
    }
    String label =
        switch (name) {
          case "ArticleTitle" -> "名称";
          case "PubDate" -> "发布日期";
          default -> "发布机构";
        };
    String value = meta.attr("content").strip();
    if (label.equals("发布日期") && value.length() > 10) {
      value = value.substring(0, 10);
    }
    return Optional.of(new PageField(label, value, positionOf(meta)));
  }

  private static List<Element> byClass(Document page) {
    List<Element> furniture = new ArrayList<>();
    for (Element e : page.body().getAllElements()) {
      if (NOT_CONTENT_CLASS.matcher(e.className() + " " + e.id()).find()
          && furniture.stream().noneMatch(f -> e.parents().contains(f))) {
        furniture.add(e);
      }
    }
    return furniture;
  }

  /** The elements under {@code root} that neither hold nor are inside {@code container}. */
  private static List<Element> outside(Element root, Element container) {
    List<Element> found = new ArrayList<>();
    if (root == container) {
      return found;
    }
    for (Element child : root.children()) {
      if (child == container || child.getAllElements().contains(container)) {
        found.addAll(outside(child, container));
      } else {
        found.add(child);
      }
    }
    return found;
  }

  /** The element whose direct block children hold the most text. */
  private static Element bodyContainer(Document page) {
    Element best = page.body();
    int bestScore = 0;
    for (Element e : page.body().getAllElements()) {
      int score = 0;
      for (Element child : e.children()) {
        if (child.is(BLOCKS) || child.is("div") && child.children().isEmpty()) {
          score += child.text().length();
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  /** Paragraphs and tables under {@code container}, in document order. */
  private static void collect(Element container, List<SourceBlock> blocks) {
    StringBuilder loose = new StringBuilder();
    Node looseStart = null;
    for (Node node : container.childNodes()) {
      if (node instanceof Element e && (e.is(BLOCKS) || e.is("div, section, article, table"))) {
        looseStart = flush(loose, looseStart, blocks);
        if (e.is("table")) {
          blocks.add(table(e));
        } else if (e.is("div, section, article") && !e.select(BLOCKS + ", div, table").isEmpty()) {
          collect(e, blocks);
        } else {
          addParagraph(e.text(), firstText(e), blocks);
        }
      } else if (node instanceof Element e && e.is("br")) {
        looseStart = flush(loose, looseStart, blocks);
      } else {
        String text = node instanceof TextNode t ? t.text() : ((Element) node).text();
        if (looseStart == null && !text.isBlank()) {
          looseStart = node;
        }
        loose.append(text);
      }
    }
    flush(loose, looseStart, blocks);
  }

  private static Node flush(StringBuilder loose, Node start, List<SourceBlock> blocks) {
    if (start != null) {
      addParagraph(loose.toString(), start, blocks);
    }
    loose.setLength(0);
    return null;
  }

  private static void addParagraph(String text, Node at, List<SourceBlock> blocks) {
    for (SourceBlock b : PlainTextReader.paragraphs(text)) {
      Paragraph p = (Paragraph) b;
      blocks.add(new Paragraph(p.text(), textPosition(at)));
    }
  }

  private static SourceBlock.Table table(Element table) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.select("> th, > td")) {
        cells.add(cell.text().strip());
      }
      if (!cells.isEmpty()) {
        rows.add(cells);
      }
    }
    return new SourceBlock.Table(rows, positionOf(table));
  }

  private static Node firstText(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return t;
      }
      if (n instanceof Element child && !child.text().isBlank()) {
        return firstText(child);
      }
    }
    return e;
  }

  /** Where the first non-blank character of {@code node}'s text is in the saved file. */
  private static SourcePosition textPosition(Node node) {
    SourcePosition at = positionOf(node);
    if (!(node instanceof TextNode t)) {
      return at;
    }
    String raw = t.getWholeText();
    int line = at.line();
    int column = at.column();
    for (int i = 0; i < raw.length() && PlainTextReader.isBlank(raw.charAt(i)); i++) {
      if (raw.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(line, column);
  }

  private static SourcePosition positionOf(Node node) {
    var start = node.sourceRange().start();
    return new SourcePosition(Math.max(start.lineNumber(), 1), Math.max(start.columnNumber(), 1));
  }
}
