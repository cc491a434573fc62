package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.problem.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says why a date is not {@code yyyy-MM-dd} in the terms an editor understands: full-width digits
 * ({@code ２０２５-０１-０２}) are rejected with that reason rather than silently normalised, so the source
 * says what the page says; other spellings of a real date ({@code 2025/1/2}, {@code 2025年1月2日},
 * {@code 2025.01.02}, with or without a time) are rejected with the exact form to write instead.
 * Stateless.
 */
final class DateSpelling {
  private static final Pattern OTHER_SPELLING =
      Pattern.compile(
          "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?");

  private DateSpelling() {}

  /** The problem text for {@code value}, which is not of the shape {@code yyyy-MM-dd}. */
  static Text whyNotIso(String value) {
    if (hasFullWidthDigits(value)) {
      return Text.of("metadata.fullwidth_digits", value, halfWidth(value));
    }
    Matcher m = OTHER_SPELLING.matcher(value.strip());
    if (m.matches()) {
      try {
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return Text.of("metadata.date.spelling", value, d);
      } catch (DateTimeException notACalendarDate) {
        return Text.of("metadata.date.not_calendar", value);
      }
    }
    return Text.of("metadata.date.not_date", value);
  }

  /** Whether {@code value} holds a full-width digit ０–９. */
  static boolean hasFullWidthDigits(String value) {
    return value.chars().anyMatch(c -> c >= '０' && c <= '９');
  }

  /** {@code value} with full-width digits, hyphen and slash turned half-width. */
  static String halfWidth(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      if (c >= '０' && c <= '９') {
        out.append((char) (c - '０' + '0'));
      } else if (c == '－') {
        out.append('-');
      } else if (c == '／') {
        out.append('/');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
