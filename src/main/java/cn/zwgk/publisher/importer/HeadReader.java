package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import cn.zwgk.publisher.residue.PortalChrome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the head of a copied disclosure page, the lines before its body text: which are metadata
 * (in any layout: a block, label and value on separate lines, a pipe table, a byline under the
 * title), which are portal chrome, and which is the title line. The head ends at the first line of
 * running text, a heading or an addressee; an unknown label does not end it. One use per text.
 */
final class HeadReader {
  /** How far into a text the head of a page may reach. */
  private static final int HEAD_LINES = 40;

  /** What a line of the head is. */
  enum Kind {
    META,
    VALUE,
    CHROME,
    OTHER
  }

  /** A line of the head: its kind, and whether it only repeats metadata already read. */
  record Line(Kind kind, String text, boolean repeated) {}

  /** The title line found: its text (two lines joined), where it starts, the lines it takes. */
  record Title(String text, SourcePosition at, List<Integer> lines) {}

  /** Words titles use: report kinds and the genres of official documents. */
  static final Pattern TITLE_WORD =
      Pattern.compile(
          "报告|总结|情况|要点|思路|计划|安排|述职|汇报|通知|规则|办法|方案|意见|决定|指南|规范|公告|通告|规定|细则|制度|目录|清单"
              + "|解读|批复|复函|纪要|规划|通报|决议|条例|年报|公示|标准|说明");

  private static final Pattern COMPLETE_TITLE =
      Pattern.compile("(?:" + TITLE_WORD.pattern() + "|[)）》])$");

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;]");

  private static final String DATE =
      "(?:[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})"
          + "(?:\\s*[0-9]{1,2}[:：][0-9]{2}(?::[0-9]{2})?)?";

  /** A byline: an organ and a date on one line under the title ({@code 清水县人民政府 2024年01月08日}). */
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(\\p{IsHan}{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|局|委|办|中心|街道办事处|办事处|镇|乡))\\s+(" + DATE + ")$");

  private final List<SourceBlock> blocks;
  private final List<Line> lines = new ArrayList<>();
  private final DisclosureMetadataParser fields = new DisclosureMetadataParser();
  private int end;
  private int firstField = -1;

  HeadReader(List<SourceBlock> blocks) {
    this.blocks = blocks;
  }

  DisclosureMetadataParser fields() {
    return fields;
  }

  /** Index of the first block after the head. */
  int end() {
    return end;
  }

  Line line(int i) {
    return lines.get(i);
  }

  /** Index of the first line that gave a field, or -1. */
  int firstField() {
    return firstField;
  }

  boolean hasFields() {
    return firstField >= 0;
  }

  void read() {
    MetadataLabels labels = MetadataLabels.shipped();
    int limit = Math.min(blocks.size(), HEAD_LINES);
    boolean inBlock = false;
    List<String> header = List.of();
    int i = 0;
    for (; i < limit; i++) {
      if (!(blocks.get(i) instanceof Paragraph p)) {
        break;
      }
      String text = p.text();
      int before = fields.fields().size();
      MetadataLabels.LabelledLine read = labels.read(text);
      List<String> cells = cells(text);
      if (!header.isEmpty() && cells.size() >= 2 && !PortalChrome.isTableResidue(text)) {
        for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
          fields.put(labels.label(header.get(c)), cells.get(c), p.at());
        }
        header = List.of();
        add(Kind.META, text, before, i);
        continue;
      }
      if (isHeaderRow(cells, labels)) {
        header = cells;
        add(Kind.META, text, before, i);
        inBlock = true;
        continue;
      }
      if (isMetaLine(read, inBlock)) {
        fields.add(read, p.at());
        if (read.isLabelOnly() && i + 1 < limit && takesNextLine(read, i, inBlock)) {
          Paragraph next = (Paragraph) blocks.get(i + 1);
          fields.put(read.tokens().get(0).label(), next.text(), next.at());
          add(Kind.META, text, before, i);
          lines.add(new Line(Kind.VALUE, next.text(), !read.tokens().get(0).label().isField()));
          i++;
        } else {
          add(Kind.META, text, before, i);
        }
        inBlock = true;
        continue;
      }
      Matcher byline = BYLINE.matcher(text);
      if (byline.matches() && !PortalChrome.shipped().isChrome(text, PortalChrome.Where.HEAD)) {
        fields.put(labels.label("来源"), byline.group(1), p.at());
        fields.put(labels.label("发布时间"), byline.group(2), p.at().plus(byline.start(2)));
        add(Kind.META, text, before, i);
        inBlock = false;
        continue;
      }
      inBlock = false;
      if (PortalChrome.shipped().isChrome(text, PortalChrome.Where.HEAD)) {
        lines.add(new Line(Kind.CHROME, text, false));
        continue;
      }
      if (ScrapedTextReader.isBodyLike(text)) {
        break;
      }
      lines.add(new Line(Kind.OTHER, text, false));
    }
    end = i;
    if (firstField < 0) {
      // Without metadata the head is only chrome: what is not chrome is the document's own.
      for (int j = 0; j < lines.size(); j++) {
        if (lines.get(j).kind() != Kind.CHROME) {
          end = j;
          break;
        }
      }
    }
  }

  private void add(Kind kind, String text, int fieldsBefore, int i) {
    boolean gave = fields.fields().size() > fieldsBefore;
    if (gave && firstField < 0) {
      firstField = i;
    }
    // A line that gave no field but has values (a repeated block, 有效性: 有效) is listed as removed.
    boolean repeated = !gave && hasValue(text);
    lines.add(new Line(kind, text, repeated));
  }

  /** Whether a metadata line has any value (a repeat of the block rather than an empty label). */
  private static boolean hasValue(String text) {
    MetadataLabels.LabelledLine read = MetadataLabels.shipped().read(text);
    return read.values().stream().anyMatch(v -> !v.isEmpty());
  }

  /**
   * Whether a line is metadata: it starts with a label and has a colon, or two labels, or it is
   * inside a block, or it starts with 索引号 (whose value may be glued to it).
   */
  private static boolean isMetaLine(MetadataLabels.LabelledLine read, boolean inBlock) {
    if (!read.startsWithLabel() || read.labelCount() == 0) {
      return false;
    }
    if (read.anyColon() || read.labelCount() >= 2 || inBlock) {
      return true;
    }
    return read.tokens().get(0).label().field().equals("索引号");
  }

  /**
   * Whether the value of a label printed alone on its line is the next line: when the line after
   * that is metadata again, or the next line fits the field (a date, a number).
   */
  private boolean takesNextLine(MetadataLabels.LabelledLine read, int i, boolean inBlock) {
    if (!(blocks.get(i + 1) instanceof Paragraph next)) {
      return false;
    }
    MetadataLabels labels = MetadataLabels.shipped();
    String text = next.text();
    if (isMetaLine(labels.read(text), true)
        || PortalChrome.shipped().isChrome(text, PortalChrome.Where.HEAD)) {
      return false;
    }
    String field = read.tokens().get(0).label().field();
    boolean fits =
        switch (field) {
          case "成文日期", "发布日期" -> ReportFieldReader.statedDate(text).isPresent();
          case "索引号" -> text.matches("[0-9A-Za-z][0-9A-Za-z/_.\\-]{5,}");
          case "文号" -> text.matches(".{1,20}[〔\\[(（][0-9]{4}[〕\\])）].{0,6}号");
          default -> false;
        };
    if (fits) {
      return true;
    }
    return i + 2 < blocks.size()
        && blocks.get(i + 2) instanceof Paragraph after
        && isMetaLine(labels.read(after.text()), true)
        && !ScrapedTextReader.isBodyLike(text);
  }

  /** The cells of a pipe-table row, or none. */
  private static List<String> cells(String text) {
    if (text.chars().filter(c -> c == '|' || c == '｜').count() < 2) {
      return List.of();
    }
    List<String> cells = new ArrayList<>();
    String t = text.strip();
    t = t.replaceAll("^[|｜]", "").replaceAll("[|｜]$", "");
    for (String cell : t.split("[|｜]", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  /** A header row: every cell a label ({@code | 索引号 | 发布机构 | 发布日期 |}). */
  private static boolean isHeaderRow(List<String> cells, MetadataLabels labels) {
    if (cells.size() < 2) {
      return false;
    }
    for (String cell : cells) {
      if (labels.label(cell) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The document's title line: the line directly above the first metadata line (chrome between them
   * skipped), else the first title-like line after the metadata; a title block of two lines (an
   * issuing body above 关于…, or a title broken over two lines) is joined. Empty without metadata:
   * then the title block of the body is read instead.
   */
  Optional<Title> title() {
    if (firstField < 0) {
      return Optional.empty();
    }
    for (int j = firstField - 1; j >= 0; j--) {
      Line line = lines.get(j);
      if (line.kind() == Kind.CHROME) {
        continue;
      }
      if (line.kind() == Kind.OTHER && isTitleLike(line.text())) {
        return Optional.of(joined(j));
      }
      break;
    }
    for (int j = firstField + 1; j < end; j++) {
      Line line = lines.get(j);
      if (line.kind() == Kind.OTHER && isTitleLike(line.text())) {
        return Optional.of(joined(j));
      }
    }
    return Optional.empty();
  }

  private Title joined(int j) {
    String text = lines.get(j).text();
    SourcePosition at = blocks.get(j).at();
    if (j > 0 && lines.get(j - 1).kind() == Kind.OTHER) {
      String above = lines.get(j - 1).text();
      boolean issuerAbove = text.startsWith("关于") && !TitleBlockReader.bodyNames(above).isEmpty();
      boolean brokenTitle =
          isTitleLike(above + text)
              && !COMPLETE_TITLE.matcher(above).find()
              && TitleBlockReader.bodyNames(above).isEmpty()
              && !SENTENCE_END.matcher(above).find();
      if (issuerAbove || brokenTitle) {
        return new Title(above + text, blocks.get(j - 1).at(), List.of(j - 1, j));
      }
    }
    return new Title(text, at, List.of(j));
  }

  /** Short, no sentence end, no heading number, a word titles use (报告, 通知, 指南 …). */
  static boolean isTitleLike(String text) {
    return text.length() >= 4
        && text.length() <= 100
        && !SENTENCE_END.matcher(text).find()
        && !text.endsWith("：")
        && !text.endsWith(":")
        && OfficialHeadingParser.marker(text).isEmpty()
        && TITLE_WORD.matcher(text).find();
  }
}
