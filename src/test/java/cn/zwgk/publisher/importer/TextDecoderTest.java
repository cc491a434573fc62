package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zwgk.publisher.problem.InvalidContentException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {
  private static final String TEXT = "垫江县坪山镇人民政府\n关于2023年法治政府建设工作的报告\n";

  @Test
  void decodesUtf8WithoutBom() {
    var decoded = TextDecoder.decode("r.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    assertEquals(TEXT, decoded.text());
    assertEquals("UTF-8", decoded.encoding());
  }

  @Test
  void dropsUtf8Bom() {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    var decoded = TextDecoder.decode("r.txt", bytes);
    assertEquals(TEXT, decoded.text());
    assertEquals("UTF-8 (BOM)", decoded.encoding());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBK", "GB18030", "GB2312"})
  void detectsChineseLegacyEncodings(String charset) {
    var decoded = TextDecoder.decode("r.txt", TEXT.getBytes(Charset.forName(charset)));
    assertEquals(TEXT, decoded.text());
    assertEquals("GB18030", decoded.encoding());
  }

  @Test
  void decodesUtf16LittleAndBigEndianByTheirBom() {
    byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(TEXT, TextDecoder.decode("r.txt", le).text());
    assertEquals("UTF-16LE (BOM)", TextDecoder.decode("r.txt", le).encoding());
    assertEquals(TEXT, TextDecoder.decode("r.txt", be).text());
    assertEquals("UTF-16BE (BOM)", TextDecoder.decode("r.txt", be).encoding());
  }

  @Test
  void turnsCrlfAndCrIntoLf() {
    byte[] bytes = "一、甲\r\n（一）乙\r丙\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("一、甲\n（一）乙\n丙\n", TextDecoder.decode("r.txt", bytes).text());
  }

  @Test
  void rejectsEmptyFileNamingIt() {
    var e =
        assertThrows(
            InvalidContentException.class, () -> TextDecoder.decode("in/a.txt", new byte[0]));
    assertEquals(
        "in/a.txt: input: the file is empty (expected the text of a report)",
        e.problems().get(0).format());
  }

  @Test
  void rejectsBlankFile() {
    var e =
        assertThrows(
            InvalidContentException.class,
            () -> TextDecoder.decode("b.txt", " \r\n\u3000\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "b.txt: input: the file has no text, only white space (expected a report)",
        e.problems().get(0).format());
  }

  @Test
  void rejectsBinaryFile() {
    var e =
        assertThrows(
            InvalidContentException.class,
            () -> TextDecoder.decode("c.bin", new byte[] {'a', 'b', 0, 1, 2}));
    assertEquals(
        "c.bin: input: byte 0x00 at offset 2: this is a binary file, not text (expected UTF-8,"
            + " GB18030/GBK or UTF-16 with a byte-order mark)",
        e.problems().get(0).format());
  }

  @Test
  void rejectsBytesThatAreNeitherUtf8NorGb18030() {
    // 0x80 alone is invalid in UTF-8 and GB18030 (0x80 is not a lead byte there).
    var e =
        assertThrows(
            InvalidContentException.class,
            () -> TextDecoder.decode("d.txt", new byte[] {'a', (byte) 0x80, 'b'}));
    assertEquals(
        "d.txt: input: the bytes are neither UTF-8 nor GB18030/GBK text (expected a text file in"
            + " one of these, or UTF-16 with a byte-order mark)",
        e.problems().get(0).format());
  }

  @Test
  void rejectsBrokenUtf16AfterItsBom() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'a', 0};
    var e = assertThrows(InvalidContentException.class, () -> TextDecoder.decode("e.txt", bytes));
    assertEquals(
        "e.txt: input: starts with a byte-order mark of UTF-16LE but the rest is not valid"
            + " UTF-16LE (expected the whole file in one encoding)",
        e.problems().get(0).format());
  }
}
