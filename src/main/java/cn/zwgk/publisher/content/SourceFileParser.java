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
    // Only the header is cut into lines; the body is one substring (a whole-file split and join
    // was 4 % of a 10,000-report build).
    String all = text.get();
    List<String> headerLines = new ArrayList<>();
    int start = 0;
    int bodyStart = -1;
    while (start <= all.length()) {
      int newline = all.indexOf('\n', start);
      int end = newline < 0 ? all.length() : newline;
      boolean crlf = newline > start && all.charAt(newline - 1) == '\r';
      String line = all.substring(start, crlf ? end - 1 : end);
      if (line.strip().equals(separator)) {
        bodyStart = newline < 0 ? all.length() : newline + 1;
        break;
      }
      headerLines.add(line);
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    if (bodyStart < 0) {
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
    for (int i = 0; i < headerLines.size(); i++) {
      parseHeaderLine(path, headerLines.get(i), i + 1, header, problems);
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    String body = all.substring(bodyStart).replace("\r\n", "\n");
    return Optional.of(new SourceFile(path, file, header, body, headerLines.size() + 2));
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
    int control = controlCharacter(text);
    if (control >= 0) {
      problems.add(
          Problem.error(
              path,
              line,
              key,
              String.format(
                      "has the control character U+%04X at column %d",
                      (int) text.charAt(control), raw.indexOf(text) + control + 1)
                  + " (expected text only: header values are written into every page as they are;"
                  + " remove it, it is invisible)"));
      return;
    }
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

  /**
   * The index of the first C0 or C1 control character (a tab excepted) in {@code text}, or -1. Such
   * characters are invisible, some break the HTML a page is written as (U+0000), and none belongs
   * in a title or a name.
   */
  static int controlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < ' ' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<String> decodeUtf8(String path, byte[] bytes, List<Problem> problems) {
    // The JDK's decoder is fast and marks every malformed sequence with U+FFFD: only a text
    // holding one is decoded again, strictly, to tell a real U+FFFD from a malformed byte.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') >= 0) {
      return decodeStrictly(path, bytes, problems).map(SourceFileParser::withoutBom);
    }
    return Optional.of(withoutBom(fast));
  }

  private static String withoutBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  private static Optional<String> decodeStrictly(
      String path, byte[] bytes, List<Problem> problems) {
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
    return Optional.of(out.toString());
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
