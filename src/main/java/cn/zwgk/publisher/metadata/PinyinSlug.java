package cn.zwgk.publisher.metadata;

import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * ASCII slugs for URLs and file names from Chinese names: 埔前镇 → {@code puqianzhen}. Uses the first
 * reading of each character, so a name always gives the same slug. Thread-safe.
 */
public final class PinyinSlug {
  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  private PinyinSlug() {}

  /** Lower-case ASCII letters and digits; other characters are dropped. Empty for empty input. */
  public static String of(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 128) {
        if (Character.isLetterOrDigit(c)) {
          out.append(Character.toLowerCase(c));
        }
        continue;
      }
      String[] readings;
      try {
        readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      } catch (BadHanyuPinyinOutputFormatCombination e) {
        throw new IllegalStateException("fixed pinyin format rejected", e);
      }
      if (readings != null && readings.length > 0) {
        out.append(readings[0].toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }
}
