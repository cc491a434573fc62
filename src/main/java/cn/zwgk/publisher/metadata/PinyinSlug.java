package cn.zwgk.publisher.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * ASCII slugs for URLs and file names from Chinese names: 埔前镇 → {@code puqianzhen}. Polyphonic
 * characters read as in place names by the table {@code place-name-readings.txt} (良垌镇 → {@code
 * liangdongzhen}, 六安 → {@code luan}, 重庆 → {@code chongqing}); other characters by their first
 * reading, so a name always gives the same slug. Thread-safe.
 */
public final class PinyinSlug {
  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  private static final Map<String, String> READINGS = readings();

  private static final int LONGEST =
      READINGS.keySet().stream().mapToInt(String::length).max().orElse(1);

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
      String word = placeWord(name, i);
      if (!word.isEmpty()) {
        out.append(READINGS.get(word).replace(" ", ""));
        i += word.length() - 1;
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

  /** The longest word of the reading table at {@code at}, or empty. */
  private static String placeWord(String name, int at) {
    for (int len = Math.min(LONGEST, name.length() - at); len >= 1; len--) {
      String w = name.substring(at, at + len);
      if (READINGS.containsKey(w)) {
        return w;
      }
    }
    return "";
  }

  private static Map<String, String> readings() {
    Map<String, String> table = new HashMap<>();
    try (InputStream in = PinyinSlug.class.getResourceAsStream("place-name-readings.txt")) {
      if (in == null) {
        throw new IllegalStateException("place-name-readings.txt is missing from the classpath");
      }
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        table.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read place-name-readings.txt", e);
    }
    return Map.copyOf(table);
  }
}
