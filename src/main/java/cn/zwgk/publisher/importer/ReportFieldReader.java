package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata a report states about itself: where it is from (township and county, from an
 * issuing body such as 河源市源城区埔前镇人民政府, a title starting with a township, or an addressee line), the
 * year it covers, and the date it was written. States only what the text states: what cannot be
 * read stays empty. Stateless.
 */
public final class ReportFieldReader {
  private static final Pattern PLACE =
      Pattern.compile(
          "^(?:中共|中国共产党)?(?:\\p{IsHan}{2,8}?省)?(?:\\p{IsHan}{2,8}?市)?"
              + "(?<county>\\p{IsHan}{2,10}?自治(?:县|旗)|\\p{IsHan}{1,8}?(?:县|区|旗|市))?"
              + "(?<township>\\p{IsHan}{1,8}?(?:镇|乡|街道))"
              + "(?:人民政府|政府|街道办事处|办事处|委员会|党委)?");

  private static final Pattern COUNTY_BODY =
      Pattern.compile(
          "^(?:中共|中国共产党)?(?<county>\\p{IsHan}{2,10}?自治(?:县|旗)|\\p{IsHan}{1,8}?(?:县|区|旗))"
              + "(?:委|人民政府|政府)$");

  private static final Pattern YEAR =
      Pattern.compile("(?<![0-9\\-—–~至])((?:19|20)[0-9]{2})年(?!\\s*[-—–~至])");

  private static final Pattern PLAN_HEADING = Pattern.compile("安排|打算|计划|思路");

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?<y>[0-9]{4}|[〇○零Ｏ一二三四五六七八九]{4})\\s*年\\s*(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})"
              + "\\s*月\\s*(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日$");

  private static final Pattern ISO_LIKE =
      Pattern.compile(
          "^([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?"
              + "(?:\\s*(?:[T ]\\s*)?[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2}(?:\\.[0-9]+)?)?)?"
              + "(?:\\s*(?:星期|周)[一二三四五六日天])?$");

  private ReportFieldReader() {}

  /** Township and county named by an issuing body or title; parts not named are empty. */
  public record Place(String township, String county) {}

  /** The place an issuing body name or title starts with. */
  public static Place placeOf(String name) {
    Matcher m = PLACE.matcher(name.strip());
    if (!m.lookingAt()) {
      return new Place("", "");
    }
    String township = m.group("township");
    if (township.length() < 2 || isGeneric(township)) {
      return new Place("", "");
    }
    String county = m.group("county") == null ? "" : m.group("county");
    return new Place(township, isGeneric(county) ? "" : county);
  }

  /** The county named in an addressee line such as {@code 中共建宁县委、建宁县人民政府：}, or empty. */
  public static String countyOfAddressee(String addressee) {
    for (String part : addressee.replaceAll("[：:]$", "").split("[、，,\\s]+")) {
      Matcher m = COUNTY_BODY.matcher(part.strip());
      if (m.matches() && !isGeneric(m.group("county"))) {
        return m.group("county");
      }
    }
    return "";
  }

  /** Words that end in 镇, 乡 or 县 but name no place (我镇, 全县, 乡镇 …). */
  private static boolean isGeneric(String name) {
    return name.length() < 2
        || name.matches("^(?:我|本|全|该|各|乡|城|集|村|市|县|区|省|镇|我镇|本镇)+(?:镇|乡|县|区|市|街道)$");
  }

  /**
   * The year the report covers: the first year of its title; else one before the year of a
   * next-year plan heading (四、2026年度…主要安排 → 2025); else the year its text names most often. Ranges
   * such as 2021-2025年 do not count.
   */
  public static Optional<Integer> reportYear(String title, List<SourceBlock> body) {
    Matcher inTitle = YEAR.matcher(title);
    if (inTitle.find()) {
      return Optional.of(Integer.parseInt(inTitle.group(1)));
    }
    Map<Integer, Integer> counts = new HashMap<>();
    for (SourceBlock b : body) {
      if (!(b instanceof Paragraph p)) {
        continue;
      }
      Optional<Integer> level = OfficialHeadingParser.marker(p.text());
      Matcher y = YEAR.matcher(p.text());
      if (level.isPresent()
          && PLAN_HEADING.matcher(p.text()).find()
          && y.find()
          && y.start() < 20) {
        return Optional.of(Integer.parseInt(y.group(1)) - 1);
      }
      y.reset();
      while (y.find()) {
        counts.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  /** The date of a closing date line (2024年1月15日, 二〇二四年一月十五日) among the last lines. */
  public static Optional<LocalDate> writtenDate(List<SourceBlock> body) {
    for (int i = body.size() - 1; i >= Math.max(0, body.size() - 3); i--) {
      if (body.get(i) instanceof Paragraph p) {
        Matcher m = DATE_LINE.matcher(p.text());
        if (m.matches()) {
          return date(number(m.group("y")), number(m.group("m")), number(m.group("d")));
        }
      }
    }
    return Optional.empty();
  }

  /** A stated date (2025-01-02, 2025/1/2, 2025年01月02日) as a date, or empty if it is none. */
  public static Optional<LocalDate> statedDate(String value) {
    Matcher m = ISO_LIKE.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return date(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private static Optional<LocalDate> date(int y, int m, int d) {
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Arabic digits, digit-by-digit Chinese years (二〇二四) and Chinese numbers to 31 (十五, 二十一). */
  static int number(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    String digits = "〇一二三四五六七八九";
    String t = s.replace('○', '〇').replace('零', '〇').replace('Ｏ', '〇');
    if (t.length() == 4) {
      int n = 0;
      for (char c : t.toCharArray()) {
        n = n * 10 + digits.indexOf(c);
      }
      return n;
    }
    int ten = t.indexOf('十');
    if (ten < 0) {
      return digits.indexOf(t.charAt(0));
    }
    int tens = ten == 0 ? 1 : digits.indexOf(t.charAt(0));
    int units = ten == t.length() - 1 ? 0 : digits.indexOf(t.charAt(ten + 1));
    return tens * 10 + units;
  }
}
