package cn.zwgk.publisher.deploy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names of release folders: {@code yyyyMMdd'T'HHmmssSSS'Z'-<build hash>}. A new release's name
 * sorts after every existing one, so name order is deploy order (rollback and pruning rely on it);
 * the build hash lets a re-run of an interrupted deploy find the release it was filling.
 */
final class ReleaseId {
  private static final Pattern FORM = Pattern.compile("^\\d{8}T\\d{9}Z-[0-9a-f]{12}$");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private ReleaseId() {}

  /** A name for a release started {@code now}, later than {@code newest} when there is one. */
  static String next(Instant now, String buildHash, Optional<String> newest) {
    Instant stamp = now;
    if (newest.isPresent()) {
      String last = newest.get().substring(0, 19);
      if (STAMP.format(stamp).compareTo(last) <= 0) {
        stamp = Instant.from(STAMP.parse(last)).plusMillis(1);
      }
    }
    return STAMP.format(stamp) + "-" + buildHash;
  }

  static boolean isRelease(String name) {
    return FORM.matcher(name).matches();
  }

  static String buildHash(String id) {
    return id.substring(id.length() - 12);
  }
}
