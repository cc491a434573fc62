package cn.zwgk.publisher.importer;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assigns the next free 索引号 of an issuer and publication year: {@code code/year-serial}, the serial
 * one above the highest already issued for that code and year (in the log of issued numbers or in
 * any report file), five digits. Numbers are never reused, so gaps left by deleted reports stay
 * gaps. Stateless.
 */
public final class IndexNumberAllocator {
  private static final Pattern NUMBER = Pattern.compile("^(.+)/([0-9]{4})-([0-9]{5})$");

  private IndexNumberAllocator() {}

  /** The next number for {@code code} in {@code year}, given every number issued so far. */
  public static String next(String code, int year, Collection<String> issued) {
    int highest = 0;
    for (String number : issued) {
      Matcher m = NUMBER.matcher(number.strip());
      if (m.matches() && m.group(1).equals(code) && Integer.parseInt(m.group(2)) == year) {
        highest = Math.max(highest, Integer.parseInt(m.group(3)));
      }
    }
    if (highest >= 99999) {
      throw new IllegalStateException(
          "all 99999 serials of " + code + " for " + year + " are issued");
    }
    return String.format("%s/%04d-%05d", code, year, highest + 1);
  }
}
