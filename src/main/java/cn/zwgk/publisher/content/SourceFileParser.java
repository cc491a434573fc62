package cn.zwgk.publisher.content;

import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
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
  private static final java.util.regex.Pattern HEADER_LINE =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}_.-]{1,20}\\s*[=＝:：]");
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
      problems.add(missingSeparator(path, headerLines));
      return Optional.empty();
    }
    Map<String, HeaderField> header = new LinkedHashMap<>();
    long before = problems.stream().filter(Problem::isError).count();
    for (int i = 0; i < headerLines.size(); i++) {
      parseHeaderLine(path, headerLines.get(i), i + 1, header, problems);
    }
    if (problems.stream().filter(Problem::isError).count() > before) {
      return Optional.empty();
    }
    String body = all.substring(bodyStart).replace("\r\n", "\n");
    return Optional.of(new SourceFile(path, file, header, body, headerLines.size() + 2));
  }

  /**
   * The missing-separator error, on the first line that reads as body text rather than a {@code
   * key=value} line, since that is where the editor has to add the separator.
   */
  private Problem missingSeparator(String path, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (!text.isEmpty() && !HEADER_LINE.matcher(text).lookingAt()) {
        return Problem.error(
            path, i + 1, "header", Text.of("content.no_separator_before", separator));
      }
    }
    return Problem.error(path, 0, "header", Text.of("content.no_separator", separator));
  }

  private static void parseHeaderLine(
      String path, String raw, int line, Map<String, HeaderField> header, List<Problem> problems) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return;
    }
    int eq = separatorAt(path, text, line, problems);
    if (eq <= 0) {
      problems.add(
          Problem.error(
              path,
              line,
              "header",
              Text.of(eq == 0 ? "content.no_key" : "content.no_equals", abbreviate(text))));
      return;
    }
    String written = text.substring(0, eq).strip();
    String value = text.substring(eq + 1).strip();
    // A Chinese key is stored under its English key, so every later stage knows one name.
    String key = HeaderKeyAliases.englishKey(written).orElse(written);
    int control = controlCharacter(text);
    if (control >= 0) {
      problems.add(
          Problem.error(
              path,
              line,
              key,
              Text.of(
                  "content.control_character",
                  String.format("%04X", (int) text.charAt(control)),
                  raw.indexOf(text) + control + 1)));
      return;
    }
    HeaderField previous = header.get(key);
    if (previous != null) {
      problems.add(Problem.error(path, line, key, Text.of("content.key_twice", previous.line())));
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

  /**
   * Where the key ends: at the first {@code =}; else, with a warning naming the character, at a
   * full-width {@code ＝} or a colon ({@code ：} or {@code :}) as editors copy them from portal
   * pages; -1 when there is none.
   */
  private static int separatorAt(String path, String text, int line, List<Problem> problems) {
    int eq = text.indexOf('=');
    if (eq >= 0) {
      return eq;
    }
    for (String[] alternative :
        new String[][] {
          {"＝", "content.fullwidth_equals"},
          {"：", "content.fullwidth_colon"},
          {":", "content.colon"}
        }) {
      int at = text.indexOf(alternative[0]);
      if (at > 0) {
        problems.add(
            Problem.warning(
                path, line, "header", Text.of(alternative[1], text.substring(0, at).strip())));
        return at;
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
              Text.of("content.not_utf8", String.format("%02X", bytes[offset] & 0xff), offset)));
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
