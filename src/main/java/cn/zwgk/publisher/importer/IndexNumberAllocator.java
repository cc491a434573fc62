package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.metadata.IndexNumberScheme;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Assigns the next free 索引号 of an issuer in its scheme: the serial one above the highest already
 * issued with the same code and publication year (or year and month) — in the log of issued numbers
 * or in any report file. Numbers are never reused, so gaps left by deleted reports stay gaps.
 * Stateless.
 */
public final class IndexNumberAllocator {
  private IndexNumberAllocator() {}

  /** The next number for {@code code} in {@code year} in the national form code/year-5 digits. */
  public static String next(String code, int year, Collection<String> issued) {
    IndexNumberScheme national =
        IndexNumberScheme.parse("national", "{code:" + code.length() + "}/{year}-{serial:5}");
    return next(national, code, LocalDate.of(year, 1, 1), issued);
  }

  /**
   * The next number of {@code scheme} for {@code code}, published on {@code published}, given every
   * number issued so far (numbers of other schemes are ignored).
   */
  public static String next(
      IndexNumberScheme scheme, String code, LocalDate published, Collection<String> issued) {
    int year = published.getYear();
    int month = published.getMonthValue();
    String sequence =
        scheme
            .read(scheme.format(code, year, month, 0), false)
            .match()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "\"" + code + "\" is not an issuer code of " + scheme.describe()))
            .withoutSerial();
    int highest = 0;
    for (String number : issued) {
      var m = scheme.read(number.strip(), false).match();
      if (m.isPresent() && m.get().withoutSerial().equals(sequence)) {
        highest = Math.max(highest, m.get().serial());
      }
    }
    if (highest >= scheme.maxSerial()) {
      throw new IllegalStateException(
          "all "
              + scheme.maxSerial()
              + " serials of "
              + sequence.replace("#", "…")
              + " are issued");
    }
    return scheme.format(code, year, month, highest + 1);
  }
}
