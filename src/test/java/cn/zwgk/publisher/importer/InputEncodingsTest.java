package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same seed saved in another encoding or with Windows line ends imports to the same report as
 * its UTF-8 golden file: the fixtures are made here from the seed texts.
 */
class InputEncodingsTest {
  static String[] seeds() {
    return ImportFixtures.SEEDS;
  }

  /** Seed 003 has no-break spaces, which GBK cannot encode; it is covered by GB18030 below. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_83b2ffc27f7e01ee",
        "001_172404d6f70d6a77",
        "002_cde1628b69510f98",
        "004_9aca989e7bab02b7"
      })
  void gbkSeedImportsLikeUtf8(String seed) throws CharacterCodingException {
    assertSameReport(seed, strictly(ImportFixtures.seedText(seed), "GBK"), "GB18030");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void gb18030SeedImportsLikeUtf8(String seed) throws CharacterCodingException {
    assertSameReport(seed, strictly(ImportFixtures.seedText(seed), "GB18030"), "GB18030");
  }

  private static byte[] strictly(String text, String charset) throws CharacterCodingException {
    ByteBuffer bytes =
        Charset.forName(charset)
            .newEncoder()
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(text));
    byte[] out = new byte[bytes.remaining()];
    bytes.get(out);
    return out;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void utf16SeedWithCrlfImportsLikeUtf8(String seed) {
    String crlf = "\uFEFF" + ImportFixtures.seedText(seed).replace("\n", "\r\n");
    assertSameReport(seed, crlf.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void utf8WithBomAndCrlfImportsLikeUtf8(String seed) {
    String crlf = "\uFEFF" + ImportFixtures.seedText(seed).replace("\n", "\r\n");
    assertSameReport(seed, crlf.getBytes(StandardCharsets.UTF_8), "UTF-8 (BOM)");
  }

  private static void assertSameReport(String seed, byte[] bytes, String encoding) {
    ImportedReport report = ImportFixtures.importBytes(seed + ".txt", bytes);
    assertEquals(encoding, report.encoding());
    assertEquals(
        new String(
            ImportFixtures.resource(ImportFixtures.GOLDEN + seed + ".md"), StandardCharsets.UTF_8),
        ImportFixtures.fileText(report));
    assertEquals(
        new String(
            ImportFixtures.resource(ImportFixtures.GOLDEN + seed + ".log"), StandardCharsets.UTF_8),
        ImportFixtures.log(report));
  }
}
