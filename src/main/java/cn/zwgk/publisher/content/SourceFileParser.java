package cn.zwgk.publisher.content;

import cn.zwgk.publisher.problem.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits the bytes of a report file into header fields and body, strictly. JBake itself decodes
 * leniently and skips files whose header it dislikes; here every defect is a {@link Problem} with
 * the line it is on. Stateless and thread-safe.
 */
public final class SourceFileParser {
  /** JBake's default {@code header.separator}. */
  public static final String DEFAULT_SEPARATOR = "~~~~~~";

  private static final char BOM = '\uFEFF';
  private final String separator;

  public SourceFileParser(String separator) {
    this.separator = separator;
  }

  /** The parsed file, or empty with the reasons added to {@code problems}. */
  public Optional<SourceFile> parse(String path, Path file, byte[] bytes, List<Problem> problems) {
    Optional<String> text = decodeUtf8(path, bytes, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String[] lines = text.get().split("\r?\n", -1);
    int separatorIndex = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals(separator)) {
        separatorIndex = i;
        break;
      }
    }
    if (separatorIndex < 0) {
      problems.add(
          Problem.error(
              path,
              0,
              "header",
              "no header separator line \""
                  + separator
                  + "\" (expected key=value lines such as title=…, type=report, status=…, then a line "
                  + separator
                  + ", then the Markdown body)"));
      return Optional.empty();
    }
    Map<String, HeaderField> header = new LinkedHashMap<>();
    int before = problems.size();
    for (int i = 0; i < separatorIndex; i++) {
      parseHeaderLine(path, lines[i], i + 1, header, problems);
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    String body = String.join("\n", List.of(lines).subList(separatorIndex + 1, lines.length));
    return Optional.of(new SourceFile(path, file, header, body, separatorIndex + 2));
  }

  private static void parseHeaderLine(
      String path, String raw, int line, Map<String, HeaderField> header, List<Problem> problems) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return;
    }
    int eq = text.indexOf('=');
    if (eq <= 0) {
      String what = eq == 0 ? "has no key before \"=\"" : "has no \"=\"";
      problems.add(
          Problem.error(
              path,
              line,
              "header",
              "line \"" + abbreviate(text) + "\" " + what + " (expected key=value)"));
      return;
    }
    String key = text.substring(0, eq).strip();
    String value = text.substring(eq + 1).strip();
    HeaderField previous = header.get(key);
    if (previous != null) {
      problems.add(
          Problem.error(
              path,
              line,
              key,
              "set twice, first on line " + previous.line() + " (expected each key once)"));
      return;
    }
    header.put(key, new HeaderField(key, value, line));
  }

  private static Optional<String> decodeUtf8(String path, byte[] bytes, List<Problem> problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      problems.add(
          Problem.error(
              path,
              lineAt(bytes, offset),
              "encoding",
              "byte 0x"
                  + String.format("%02X", bytes[offset] & 0xff)
                  + " at offset "
                  + offset
                  + " is not valid UTF-8 (expected a UTF-8 file; convert GBK/GB18030 files with"
                  + " `publisher import` or iconv -f GB18030 -t UTF-8)"));
      return Optional.empty();
    }
    out.flip();
    String text = out.toString();
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    return Optional.of(text);
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
