package cn.zwgk.publisher.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text: 18-digit resident identity numbers (GB 11643) with a valid birth
 * date and check digit, mainland mobile numbers, and bank card numbers of 16–19 digits that pass
 * the Luhn check. Numbers are found only when no digit or Latin letter touches them, so codes such
 * as 索引号 are not read as ID numbers. Thread-safe.
 */
final class PersonalDataPatterns {
  /** A kind of personal data, by its name in {@code allow_personal_data}. */
  enum Kind {
    ID("id", "resident ID number"),
    MOBILE("mobile", "mobile number"),
    BANK("bank", "bank card number");

    final String key;
    final String label;

    Kind(String key, String label) {
      this.key = key;
      this.label = label;
    }

    static Kind byKey(String key) {
      for (Kind k : values()) {
        if (k.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
          return k;
        }
      }
      return null;
    }
  }

  /** One occurrence: the kind, the text as written, and a masked form safe to print. */
  record Match(Kind kind, String text, String masked) {}

  private static final Pattern ID =
      Pattern.compile("(?<![0-9A-Za-z/])([1-8]\\d{5}(?:19|20)\\d{9}[0-9Xx])(?![0-9A-Za-z/])");
  private static final Pattern MOBILE =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?:(?:\\+|00)86[- ]?)?(1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4})(?![0-9A-Za-z])");

  /**
   * 16–19 digits, plain or in groups of four, starting with an ISO/IEC 7812 industry digit of
   * payment cards (3 travel, 4–5 banking, 6 UnionPay 62…, 9 national such as 9558…): this keeps
   * all-digit unified social credit codes of government bodies (11…, 12…) out. Not joined to a
   * {@code /}, so the code part of a 索引号 is not read either.
   */
  private static final Pattern CARD =
      Pattern.compile(
          "(?<![0-9A-Za-z/])([3-69]\\d{15,18}|[3-69]\\d{3}(?:[ -]\\d{4}){3}(?:[ -]?\\d{1,3})?)"
              + "(?![0-9A-Za-z/])");

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";

  private PersonalDataPatterns() {}

  /**
   * Every occurrence in {@code text}; a number is reported as one kind only. The patterns run only
   * around runs of at least 11 digits (spaces and hyphens between digits allowed), found by one
   * scan: trying look-behind patterns at every character of a long Chinese page is what made this
   * the slowest rule.
   */
  static List<Match> find(String text) {
    List<Match> found = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int digits = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (isDigit(c)) {
          digits++;
        } else if (!((c == ' ' || c == '-') && i + 1 < n && isDigit(text.charAt(i + 1)))) {
          break;
        }
        i++;
      }
      if (digits >= 11) {
        int end = i < n && (text.charAt(i) == 'X' || text.charAt(i) == 'x') ? i + 1 : i;
        findIn(text, Math.max(0, start - 1), end, found);
      }
    }
    return found;
  }

  /** The patterns within {@code [start, end)}, seeing the characters around it. */
  private static void findIn(String text, int start, int end, List<Match> found) {
    List<int[]> taken = new ArrayList<>();
    Matcher id = region(ID, text, start, end);
    while (id.find()) {
      if (isValidId(id.group(1))) {
        found.add(new Match(Kind.ID, id.group(1), mask(id.group(1), 6, 4)));
        taken.add(new int[] {id.start(1), id.end(1)});
      }
    }
    Matcher card = region(CARD, text, start, end);
    while (card.find()) {
      String digits = card.group(1).replaceAll("[ -]", "");
      if (digits.length() >= 16 && !overlaps(taken, card.start(1), card.end(1)) && luhn(digits)) {
        found.add(new Match(Kind.BANK, card.group(1), mask(digits, 4, 4)));
        taken.add(new int[] {card.start(1), card.end(1)});
      }
    }
    Matcher mobile = region(MOBILE, text, start, end);
    while (mobile.find()) {
      if (!overlaps(taken, mobile.start(1), mobile.end(1))) {
        String digits = mobile.group(1).replaceAll("[ -]", "");
        found.add(new Match(Kind.MOBILE, mobile.group(1), mask(digits, 3, 4)));
      }
    }
  }

  private static Matcher region(Pattern pattern, String text, int start, int end) {
    return pattern
        .matcher(text)
        .region(start, end)
        .useTransparentBounds(true)
        .useAnchoringBounds(false);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** GB 11643: a real birth date and the ISO 7064 MOD 11-2 check digit. */
  static boolean isValidId(String id) {
    if (id.length() != 18) {
      return false;
    }
    try {
      LocalDate birth =
          LocalDate.of(
              Integer.parseInt(id.substring(6, 10)),
              Integer.parseInt(id.substring(10, 12)),
              Integer.parseInt(id.substring(12, 14)));
      if (birth.getYear() < 1900) {
        return false;
      }
    } catch (DateTimeException e) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
  }

  /** The Luhn (mod 10) check of bank card numbers. */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** Keeps the first {@code head} and last {@code tail} characters: 110105********0015. */
  static String mask(String s, int head, int tail) {
    return s.substring(0, head)
        + "*".repeat(s.length() - head - tail)
        + s.substring(s.length() - tail);
  }

  private static boolean overlaps(List<int[]> taken, int start, int end) {
    for (int[] t : taken) {
      if (start < t[1] && t[0] < end) {
        return true;
      }
    }
    return false;
  }
}
