package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a text input whatever the editor's machine saved: a byte-order mark decides
 * (UTF-8, UTF-16LE, UTF-16BE); without one, strict UTF-8 is tried first and strict GB18030 (a
 * superset of GBK and GB2312, which Chinese government files often use) second. Line ends become
 * {@code \n}. The encoding is detected from the bytes, never guessed from the file name. Stateless.
 */
public final class TextDecoder {
  /** GB18030 is a superset of GB2312 and GBK, so it decodes files labelled with either. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  /** Decoded text with normalised line ends, and the name of the encoding it was in. */
  public record DecodedText(String text, String encoding) {}

  /**
   * The text of {@code bytes}; an empty, binary or undecodable input is an error naming {@code
   * path}.
   */
  public static DecodedText decode(String path, byte[] bytes) {
    if (bytes.length == 0) {
      throw unreadable(path, Text.of("import.input.empty"));
    }
    DecodedText decoded =
        withBom(path, bytes)
            .orElseGet(
                () -> {
                  if (indexOfNul(bytes) >= 0) {
                    throw unreadable(path, Text.of("import.input.binary", indexOfNul(bytes)));
                  }
                  return strict(bytes, 0, StandardCharsets.UTF_8)
                      .or(() -> strict(bytes, 0, GB18030))
                      .orElseThrow(() -> unreadable(path, Text.of("import.input.encoding")));
                });
    String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      throw unreadable(path, Text.of("import.input.blank"));
    }
    return new DecodedText(text, decoded.encoding());
  }

  private static Optional<DecodedText> withBom(String path, byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(decodeOrFail(path, b, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)"));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(decodeOrFail(path, b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)"));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(decodeOrFail(path, b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)"));
    }
    return Optional.empty();
  }

  private static DecodedText decodeOrFail(
      String path, byte[] b, int skip, Charset charset, String label) {
    return strict(b, skip, charset)
        .map(t -> new DecodedText(t.text(), label))
        .orElseThrow(() -> unreadable(path, Text.of("import.input.bom", charset.name())));
  }

  private static Optional<DecodedText> strict(byte[] bytes, int skip, Charset charset) {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
              .toString();
      return Optional.of(new DecodedText(text, charset.name()));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  static InvalidContentException unreadable(String path, Text message) {
    return new InvalidContentException(Problem.error(path, 0, "input", message));
  }
}
