package cn.zwgk.publisher.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceFileParserTest {
  private static final cn.zwgk.publisher.problem.Messages EN =
      cn.zwgk.publisher.problem.Messages.of(cn.zwgk.publisher.problem.Language.EN);

  private static final String PATH = "content/reports/2024/pq.md";
  private final SourceFileParser parser = new SourceFileParser("~~~~~~");
  private final List<Problem> problems = new ArrayList<>();

  private Optional<SourceFile> parse(byte[] bytes) {
    return parser.parse(PATH, Path.of(PATH), bytes, problems);
  }

  private Optional<SourceFile> parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void splitsHeaderAndBodyWithLineNumbers() {
    SourceFile f = parse("title=埔前镇报告\ntype=report\n\nstatus=draft\n~~~~~~\n正文第一段\n").orElseThrow();
    assertEquals("埔前镇报告", f.field("title").orElseThrow().value());
    assertEquals(4, f.field("status").orElseThrow().line());
    assertEquals(6, f.bodyLine());
    assertEquals("正文第一段\n", f.body());
    assertTrue(problems.isEmpty());
  }

  @Test
  void acceptsCrlfAndByteOrderMark() {
    SourceFile f = parse("\uFEFFtitle=报告\r\ntype=report\r\n~~~~~~\r\n正文\r\n").orElseThrow();
    assertEquals("报告", f.field("title").orElseThrow().value());
    assertEquals("report", f.field("type").orElseThrow().value());
    assertEquals("正文\n", f.body());
    assertEquals(4, f.bodyLine());
  }

  @Test
  void keepsBodyLinesAsWrittenButWithUnixLineEnds() {
    SourceFile f = parse("title=报告\n~~~~~~\n\n一、概况\r\n（一）组织\r第二段\n\n").orElseThrow();
    assertEquals("\n一、概况\n（一）组织\r第二段\n\n", f.body());
    assertEquals(3, f.bodyLine());
    assertEquals("", parse("title=报告\n~~~~~~").orElseThrow().body());
  }

  @Test
  void acceptsATextThatReallyHoldsTheReplacementCharacter() {
    SourceFile f = parse("title=报告\uFFFD\n~~~~~~\n正文\uFFFD").orElseThrow();
    assertEquals("报告\uFFFD", f.field("title").orElseThrow().value());
    assertEquals("正文\uFFFD", f.body());
  }

  @Test
  void rejectsMalformedBytesEvenBesideARealReplacementCharacter() {
    byte[] good = "title=\uFFFD\n~~~~~~\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
    bytes[good.length] = (byte) 0xC3; // a truncated two-byte sequence on line 3
    assertTrue(parse(bytes).isEmpty());
    assertEquals(3, problems.get(0).line());
  }

  @Test
  void keepsEqualsSignsInValues() {
    SourceFile f = parse("title=a=b\n~~~~~~\n").orElseThrow();
    assertEquals("a=b", f.field("title").orElseThrow().value());
  }

  @Test
  void rejectsFileThatIsNotUtf8NamingTheLine() {
    byte[] gbk = "title=报告\n~~~~~~\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
    byte[] bytes = new byte[gbk.length + 4];
    System.arraycopy("x\ny\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
    System.arraycopy(gbk, 0, bytes, 4, gbk.length);
    assertTrue(parse(bytes).isEmpty());
    assertEquals(1, problems.size());
    Problem p = problems.get(0);
    assertEquals(3, p.line());
    assertEquals("encoding", p.field());
    assertEquals(
        PATH
            + ":3: encoding: byte 0xB1 at offset 10 is not valid UTF-8 (expected a UTF-8 file;"
            + " convert GBK/GB18030 files with `publisher import` or iconv -f GB18030 -t UTF-8)",
        p.format(EN));
  }

  @Test
  void rejectsFileWithoutSeparator() {
    assertTrue(parse("title=报告\ntype=report\n正文").isEmpty());
    assertEquals(
        PATH
            + ":3: header: this line reads as body text but no separator line \"~~~~~~\" comes"
            + " before it (write ~~~~~~ on a line of its own before the body, after the key=value"
            + " lines)",
        problems.get(0).format(EN));
  }

  @Test
  void rejectsHeaderOfKeysOnlyWithoutSeparatorOnNoLine() {
    assertTrue(parse("title=报告\ntype=report\n").isEmpty());
    assertEquals(
        PATH
            + ": header: no header separator line \"~~~~~~\" (expected key=value lines such as"
            + " title=…, type=report, status=…, then a line ~~~~~~, then the Markdown body)",
        problems.get(0).format(EN));
  }

  @Test
  void rejectsHeaderLineWithoutEquals() {
    assertTrue(parse("title=报告\n发布日期 2025-01-02\n~~~~~~\n").isEmpty());
    assertEquals(
        PATH + ":2: header: line \"发布日期 2025-01-02\" has no \"=\" (expected key=value)",
        problems.get(0).format(EN));
  }

  @Test
  void rejectsHeaderLineWithoutKey() {
    assertTrue(parse("=报告\n~~~~~~\n").isEmpty());
    assertEquals(
        PATH + ":1: header: line \"=报告\" has no key before \"=\" (expected key=value)",
        problems.get(0).format(EN));
  }

  @Test
  void rejectsDuplicateKey() {
    assertTrue(parse("title=a\ntitle=b\n~~~~~~\n").isEmpty());
    assertEquals(
        PATH + ":2: title: set twice, first on line 1 (expected each key once)",
        problems.get(0).format(EN));
  }

  @Test
  void rejectsControlCharactersInAHeaderNamingLineAndColumn() {
    assertTrue(parse("title=报告\ntype=report\nissuer=某\u0000镇\n~~~~~~\n正文\n").isEmpty());
    assertEquals(
        List.of(
            PATH
                + ":3: issuer: has the control character U+0000 at column 9 (expected text only:"
                + " header values are written into every page as they are; remove it, it is"
                + " invisible)"),
        problems.stream().map(Problem::format).toList());
  }

  @Test
  void rejectsEveryC0AndC1ControlButTab() {
    for (char c : new char[] {1, 8, 0x0b, 0x0c, 0x1b, 0x7f, 0x85, 0x9f}) {
      problems.clear();
      assertTrue(parse("title=报" + c + "告\n~~~~~~\n").isEmpty(), Integer.toHexString(c));
    }
    problems.clear();
    assertTrue(parse("title=报\t告\n~~~~~~\n").isPresent());
  }
}
