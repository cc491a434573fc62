package cn.zwgk.publisher.deploy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Names of release folders: {@code yyyyMMdd'T'HHmmss'Z'-<build hash>}. Sorting by name sorts by the
 * time the release was started; the build hash lets a re-run of an interrupted deploy find the
 * release it was filling.
 */
final class ReleaseId {
  private static final Pattern FORM = Pattern.compile("^\\d{8}T\\d{6}Z-[0-9a-f]{12}$");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ReleaseId() {}

  static String of(Instant started, String buildHash) {
    return STAMP.format(started) + "-" + buildHash;
  }

  static boolean isRelease(String name) {
    return FORM.matcher(name).matches();
  }

  static String buildHash(String id) {
    return id.substring(id.length() - 12);
  }
}
