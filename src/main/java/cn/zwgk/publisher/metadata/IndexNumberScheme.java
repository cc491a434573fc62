package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of 索引号, written as a template of literal text and tokens: {@code {uscc}} (18-character
 * 统一社会信用代码, GB 32100 check digit), {@code {orgcode}} (9-character 组织机构代码, GB 11714 check digit),
 * {@code {code:N}} (N characters of 0-9A-Z, unchecked), {@code {digits:N}}, {@code {year}}
 * (publication year), {@code {yearmonth}} (publication year and month, yyyyMM) and {@code
 * {serial:N}}. Every token has a fixed width, so a number is read left to right and the first part
 * that does not fit is named. The issuer-code tokens ({@code uscc, orgcode, code, digits}) come
 * before the date and serial; together with the literal text between them they are the issuer's
 * {@code code} in registry/issuers.csv. Immutable and thread-safe.
 */
public final class IndexNumberScheme {
  /** The kinds of token a template may hold. */
  enum Token {
    USCC("uscc", "issuer_code"),
    ORGCODE("orgcode", "issuer_code"),
    CODE("code", "code"),
    DIGITS("digits", "digits"),
    YEAR("year", "year"),
    YEARMONTH("yearmonth", "yearmonth"),
    SERIAL("serial", "serial");

    final String name;

    /** The message key naming this part of a number ({@code index_scheme.part.…}). */
    final String label;

    Token(String name, String part) {
      this.name = name;
      this.label = "index_scheme.part." + part;
    }

    boolean isIssuerCode() {
      return this == USCC || this == ORGCODE || this == CODE || this == DIGITS;
    }

    boolean accepts(char c) {
      return switch (this) {
        case USCC -> CodeCheckDigits.USCC_ALPHABET.indexOf(c) >= 0;
        case ORGCODE, CODE -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        default -> c >= '0' && c <= '9';
      };
    }
  }

  /** A part of a template: literal text, or a token of a fixed width. */
  record Segment(String literal, Token token, int width) {
    boolean isLiteral() {
      return token == null;
    }

    String spelling() {
      if (isLiteral()) {
        return literal;
      }
      return switch (token) {
        case USCC, ORGCODE, YEAR, YEARMONTH -> "{" + token.name + "}";
        default -> "{" + token.name + ":" + width + "}";
      };
    }
  }

  /**
   * A number that fits the scheme: its issuer code part, publication year, month (0 when the scheme
   * has only a year), its serial, and the number with the serial left out (numbers with equal
   * {@code withoutSerial} share one sequence of serials).
   */
  public record Match(String code, int year, int month, int serial, String withoutSerial) {}

  /**
   * The outcome of reading a number: a match, or where it stops fitting ({@code position}, the
   * 0-based character, lets the caller prefer the scheme a number fits longest) and why.
   */
  public record Reading(Optional<Match> match, int position, Text problem, boolean checkDigit) {
    public boolean fits() {
      return match.isPresent();
    }
  }

  private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern WIDTHED = Pattern.compile("(code|digits|serial):([1-9][0-9]?)");

  private final String name;
  private final String template;
  private final List<Segment> segments;

  private IndexNumberScheme(String name, String template, List<Segment> segments) {
    this.name = name;
    this.template = template;
    this.segments = List.copyOf(segments);
  }

  /**
   * Parses {@code template}; an {@link IllegalArgumentException} says what is wrong with it in
   * words a settings file can be fixed from.
   */
  public static IndexNumberScheme parse(String name, String template) {
    if (template.contains("\\") || template.contains("^") || template.contains("$")) {
      throw new BadTemplate(Text.of("index_scheme.regex", template));
    }
    List<Segment> segments = new ArrayList<>();
    Matcher m = TOKEN.matcher(template);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        segments.add(literal(template.substring(at, m.start())));
      }
      segments.add(token(template, m.group(1)));
      at = m.end();
    }
    if (at < template.length()) {
      segments.add(literal(template.substring(at)));
    }
    checkOrder(template, segments);
    return new IndexNumberScheme(name, template, segments);
  }

  private static Segment literal(String text) {
    if (text.contains("{") || text.contains("}")) {
      throw new BadTemplate(Text.of("index_scheme.brace", text));
    }
    return new Segment(text, null, text.length());
  }

  private static Segment token(String template, String spec) {
    switch (spec) {
      case "uscc":
        return new Segment(null, Token.USCC, 18);
      case "orgcode":
        return new Segment(null, Token.ORGCODE, 9);
      case "year":
        return new Segment(null, Token.YEAR, 4);
      case "yearmonth":
        return new Segment(null, Token.YEARMONTH, 6);
      default:
        Matcher w = WIDTHED.matcher(spec);
        if (w.matches()) {
          Token t = Token.valueOf(w.group(1).toUpperCase(java.util.Locale.ROOT));
          return new Segment(null, t, Integer.parseInt(w.group(2)));
        }
        throw new BadTemplate(Text.of("index_scheme.token", spec, template));
    }
  }

  private static void checkOrder(String template, List<Segment> segments) {
    long serials = segments.stream().filter(s -> s.token() == Token.SERIAL).count();
    long dates =
        segments.stream()
            .filter(s -> s.token() == Token.YEAR || s.token() == Token.YEARMONTH)
            .count();
    if (serials != 1 || dates > 1) {
      throw new BadTemplate(Text.of("index_scheme.serial", template));
    }
    boolean pastCode = false;
    for (Segment s : segments) {
      if (s.isLiteral()) {
        continue;
      }
      if (!s.token().isIssuerCode()) {
        pastCode = true;
      } else if (pastCode) {
        throw new BadTemplate(Text.of("index_scheme.order", template));
      }
    }
  }

  public String name() {
    return name;
  }

  /**
   * A template that cannot be a scheme; {@link #text} says what is wrong in words a settings file
   * can be fixed from.
   */
  public static final class BadTemplate extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Text text;

    BadTemplate(Text text) {
      super(text.toString());
      this.text = text;
    }

    public Text text() {
      return text;
    }
  }

  public String template() {
    return template;
  }

  /** Whether the scheme has an issuer-code token, i.e. the registry must state a code. */
  public boolean hasIssuerCode() {
    return segments.stream().anyMatch(s -> !s.isLiteral() && s.token().isIssuerCode());
  }

  /** Whether the scheme carries the month of publication ({@code {yearmonth}}). */
  public boolean hasMonth() {
    return segments.stream().anyMatch(s -> s.token() == Token.YEARMONTH);
  }

  /** Reads {@code value} against the whole template; check digits verified when asked. */
  public Reading read(String value, boolean verifyCheckDigits) {
    return read(value, segments, verifyCheckDigits);
  }

  /**
   * Reads {@code code} against the issuer-code part of the template (its code tokens and the
   * literal text between them), as registry/issuers.csv states it.
   */
  public Reading readCode(String code, boolean verifyCheckDigits) {
    return read(code, codeSegments(), verifyCheckDigits);
  }

  private List<Segment> codeSegments() {
    int first = -1;
    int last = -1;
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (!s.isLiteral() && s.token().isIssuerCode()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? List.of() : segments.subList(first, last + 1);
  }

  /**
   * The number of {@code code} for publication year {@code year} and month {@code month} with
   * serial {@code serial}.
   */
  public String format(String code, int year, int month, int serial) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (!s.isLiteral() && s.token().isIssuerCode()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (first >= 0 && i >= first && i <= last) {
        if (i == first) {
          b.append(code);
        }
      } else if (s.isLiteral()) {
        b.append(s.literal());
      } else {
        switch (s.token()) {
          case YEAR -> b.append(String.format("%04d", year));
          case YEARMONTH -> b.append(String.format("%04d%02d", year, month));
          default -> b.append(String.format("%0" + s.width() + "d", serial));
        }
      }
    }
    return b.toString();
  }

  /** The largest serial the scheme can hold. */
  public int maxSerial() {
    Segment serial = segments.stream().filter(s -> s.token() == Token.SERIAL).findFirst().get();
    return serial.width() >= 9 ? Integer.MAX_VALUE : (int) Math.pow(10, serial.width()) - 1;
  }

  private Reading read(String value, List<Segment> parts, boolean verify) {
    int pos = 0;
    int codeStart = -1;
    int codeEnd = -1;
    int year = 0;
    int month = 0;
    int serial = 0;
    int serialStart = 0;
    int serialEnd = 0;
    for (int i = 0; i < parts.size(); i++) {
      Segment s = parts.get(i);
      if (s.isLiteral()) {
        if (!value.startsWith(s.literal(), pos)) {
          return failed(
              pos,
              pos < value.length()
                  ? Text.of("index_scheme.literal", s.literal(), pos + 1, value.substring(pos))
                  : Text.of("index_scheme.literal.end", s.literal(), pos + 1));
        }
        pos += s.literal().length();
        continue;
      }
      boolean bounded = i + 1 < parts.size() && !parts.get(i + 1).isLiteral();
      int end = pos;
      while (end < value.length()
          && s.token().accepts(value.charAt(end))
          && (!bounded || end - pos < s.width())) {
        end++;
      }
      String part = value.substring(pos, end);
      if (part.length() != s.width()) {
        boolean characters =
            s.token() == Token.CODE || s.token().isIssuerCode() && s.token() != Token.DIGITS;
        return failed(
            pos,
            Text.of(
                characters ? "index_scheme.width.characters" : "index_scheme.width.digits",
                Text.of(s.token().label),
                part,
                part.length(),
                s.width()));
      }
      switch (s.token()) {
        case YEAR -> year = Integer.parseInt(part);
        case YEARMONTH -> {
          year = Integer.parseInt(part.substring(0, 4));
          month = Integer.parseInt(part.substring(4));
          if (month < 1 || month > 12) {
            return failed(pos, Text.of("index_scheme.month", part, month));
          }
        }
        case SERIAL -> {
          serial = Integer.parseInt(part);
          serialStart = pos;
          serialEnd = end;
        }
        default -> {
          if (verify && !checkDigitValid(s.token(), part)) {
            return new Reading(Optional.empty(), pos, checkDigitProblem(s.token(), part), true);
          }
          codeStart = codeStart < 0 ? pos : codeStart;
          codeEnd = end;
        }
      }
      pos = end;
    }
    if (pos < value.length()) {
      return failed(pos, Text.of("index_scheme.trailing", value.substring(pos), pos + 1));
    }
    String code = codeStart < 0 ? "" : value.substring(codeStart, codeEnd);
    String without =
        serialEnd > 0 ? value.substring(0, serialStart) + "#" + value.substring(serialEnd) : value;
    return new Reading(
        Optional.of(new Match(code, year, month, serial, without)), pos, Text.literal(""), false);
  }

  private static boolean checkDigitValid(Token token, String part) {
    return switch (token) {
      case USCC -> CodeCheckDigits.isValidUscc(part);
      case ORGCODE -> CodeCheckDigits.isValidOrganisationCode(part);
      default -> true;
    };
  }

  private static Text checkDigitProblem(Token token, String part) {
    return Text.of(
        token == Token.USCC ? "index_scheme.check_digit.uscc" : "index_scheme.check_digit.orgcode",
        part);
  }

  private static Reading failed(int position, Text problem) {
    return new Reading(Optional.empty(), position, problem, false);
  }

  /** {@code name = template}, as the scheme is set in jbake.properties. */
  public String describe() {
    return name + " = " + template;
  }

  @Override
  public String toString() {
    return describe();
  }
}
