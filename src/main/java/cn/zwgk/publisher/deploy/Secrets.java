package cn.zwgk.publisher.deploy;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Keeps secrets out of everything a deploy shows: the user-info part of a URL a maintainer typed
 * (which may hold a password, even when the URL is malformed), and the passwords and passphrases of
 * the logins in use wherever a library's message might repeat them. Stateless; thread-safe.
 */
final class Secrets {
  static final String MASK = "***";

  private Secrets() {}

  /**
   * {@code url} as it may be shown: everything between the scheme's {@code ://} (or the start) and
   * the last {@code @} is masked. The last {@code @}, because an unencoded password may itself
   * contain {@code @} or {@code /}; a path with an {@code @} is masked too, which costs nothing.
   */
  static String url(String url) {
    int at = url.lastIndexOf('@');
    if (at < 0) {
      return url;
    }
    int scheme = url.indexOf("://");
    int start = scheme >= 0 && scheme < at ? scheme + 3 : 0;
    return url.substring(0, start) + MASK + url.substring(at);
  }

  /** {@code text} with every secret (of 4 characters or more) masked. */
  static String redact(String text, Collection<String> secrets) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }

  /**
   * The same failure with every message along its cause chain redacted: the causes are replaced by
   * copies ({@link Redacted}) that keep the class name and stack trace, so a caller that logs the
   * whole chain (Maven with {@code -e}) cannot print a secret a library put into a message.
   */
  static DeployException scrub(DeployException e, Collection<String> secrets) {
    List<String> all = List.copyOf(secrets.stream().filter(Objects::nonNull).toList());
    DeployException out =
        new DeployException(e.text().mapStrings(s -> redact(s, all)), copy(e.getCause(), all));
    out.setStackTrace(e.getStackTrace());
    return out;
  }

  private static Throwable copy(Throwable t, List<String> secrets) {
    if (t == null) {
      return null;
    }
    Redacted out =
        new Redacted(
            t.getClass().getName() + ": " + redact(String.valueOf(t.getMessage()), secrets),
            copy(t.getCause() == t ? null : t.getCause(), secrets));
    out.setStackTrace(t.getStackTrace());
    return out;
  }

  /** A cause whose message was redacted; its message starts with the original class name. */
  static final class Redacted extends RuntimeException {
    Redacted(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
