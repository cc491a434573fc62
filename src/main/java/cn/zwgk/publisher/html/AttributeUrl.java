package cn.zwgk.publisher.html;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The scheme of a URL attribute value as a browser reads it: the value is taken after HTML entity
 * decoding (a parsed attribute value already is), leading and trailing C0 controls and spaces are
 * stripped and tabs and line breaks removed anywhere (WHATWG URL parsing), and the scheme is folded
 * to lower case. Both the sanitizer and the pre-publication check decide with this class, so what
 * one keeps the other accepts. Stateless.
 */
public final class AttributeUrl {
  /** Schemes that run code or carry a whole document when a reader follows or loads the URL. */
  static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "data", "livescript");

  private AttributeUrl() {}

  /**
   * The scheme of {@code value}, lower case, or empty for a relative reference (no {@code :} before
   * the first {@code /}, {@code ?} or {@code #}). Text before such a colon is returned even when it
   * is no valid scheme (e.g. {@code "java script"}), so that callers comparing with an allow-list
   * refuse it.
   */
  public static Optional<String> scheme(String value) {
    String url = asBrowserReads(value);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return Optional.of(url.substring(0, i).toLowerCase(Locale.ROOT));
      }
      if (c == '/' || c == '?' || c == '#' || c == '\\') {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code value} may stay in a page: a relative reference or a URL whose scheme is one of
   * {@code schemes}, holding no control character (none is needed in a URL, and browsers have
   * differed in which they skip).
   */
  public static boolean isAllowed(String value, Set<String> schemes) {
    String url = asBrowserReads(value);
    for (int i = 0; i < url.length(); i++) {
      if (isControl(url.charAt(i))) {
        return false;
      }
    }
    Optional<String> scheme = scheme(url);
    return scheme.isEmpty() || schemes.contains(scheme.get());
  }

  /**
   * Whether {@code value} is, or could be read by some browser as, a {@code javascript:}, {@code
   * vbscript:}, {@code data:} or {@code livescript:} URL. Stricter than {@link #scheme}: every
   * control character, space and invisible format character before the colon is dropped first, as
   * older browsers did.
   */
  public static boolean mayRunScript(String value) {
    String url = asBrowserReads(value);
    StringBuilder scheme = new StringBuilder();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return SCRIPT_SCHEMES.contains(scheme.toString().toLowerCase(Locale.ROOT));
      }
      if (c == '/' || c == '?' || c == '#' || c == '\\') {
        return false;
      }
      if (!isControl(c) && !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) {
        scheme.append(c);
      }
    }
    return false;
  }

  /** {@code value} with what a browser's URL parser ignores removed. */
  static String asBrowserReads(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && value.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && value.charAt(end - 1) <= ' ') {
      end--;
    }
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isControl(char c) {
    return c < ' ' || (c >= 0x7f && c <= 0x9f);
  }
}
