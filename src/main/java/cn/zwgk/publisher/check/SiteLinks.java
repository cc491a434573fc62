package cn.zwgk.publisher.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Resolves the URLs written in output pages against the built site: relative links, absolute paths
 * under the site's base path, and absolute URLs of the site's own host are internal; other hosts
 * are external; mailto:, tel:, data: and the like are left alone. Immutable and thread-safe.
 */
public final class SiteLinks {
  /** What a URL points at. */
  public enum Kind {
    /** A file of this site; {@code path} is site-relative, {@code fragment} may be empty. */
    INTERNAL,
    /** Another host; {@code host} is set. */
    EXTERNAL,
    /** A path that cannot be on this site (above its root, or outside its base path). */
    OUTSIDE,
    /** Not a location to check: mailto:, tel:, data:, javascript:, an empty href. */
    OTHER
  }

  /** A resolved URL. Empty strings for the parts that do not apply to its kind. */
  public record Link(Kind kind, String raw, String path, String fragment, String host) {}

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final String siteHost;
  private final String basePath;
  private final Set<String> files;
  private final Consumer<String> lookups;

  /**
   * @param siteHost the site's URL without a trailing slash ({@code site.host}), e.g. {@code
   *     https://www.example.gov.cn/zwgk}
   * @param files every file of the built site, site-relative with {@code /} separators
   */
  public SiteLinks(String siteHost, Set<String> files) {
    this(siteHost, files, path -> {});
  }

  /** As above, telling {@code lookups} every path {@link #existingFile} is asked about. */
  SiteLinks(String siteHost, Set<String> files, Consumer<String> lookups) {
    this.lookups = Objects.requireNonNull(lookups, "lookups");
    String rest = stripScheme(siteHost + "/");
    int slash = rest.indexOf('/');
    this.siteHost = hostOf(rest.substring(0, slash));
    this.basePath = rest.substring(slash);
    this.files = Objects.requireNonNull(files, "files");
  }

  /** Resolves {@code url} as written in the page at site-relative {@code page}. */
  public Link resolve(String page, String url) {
    String raw = url.strip();
    if (raw.isEmpty()) {
      return new Link(Kind.OTHER, raw, "", "", "");
    }
    if (raw.startsWith("//")) {
      return absolute(raw, "https:" + raw);
    }
    if (SCHEME.matcher(raw).find()) {
      String scheme = raw.substring(0, raw.indexOf(':')).toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https")
          ? absolute(raw, raw)
          : new Link(Kind.OTHER, raw, "", "", "");
    }
    String fragment = fragment(raw);
    String path = withoutQueryAndFragment(raw);
    if (path.isEmpty()) {
      return new Link(Kind.INTERNAL, raw, page, fragment, "");
    }
    path = decode(path);
    if (path.startsWith("/")) {
      if (!path.startsWith(basePath)) {
        return new Link(Kind.OUTSIDE, raw, path, fragment, "");
      }
      return normalized(raw, path.substring(basePath.length()), fragment);
    }
    int slash = page.lastIndexOf('/');
    String dir = slash < 0 ? "" : page.substring(0, slash + 1);
    return normalized(raw, dir + path, fragment);
  }

  /**
   * The file a link to {@code path} is served from: the path itself, or its {@code index.html} when
   * it names a folder; null when neither exists.
   */
  public String existingFile(String path) {
    lookups.accept(path);
    return find(path);
  }

  /** {@link #existingFile} without telling anyone. */
  String find(String path) {
    if (!path.isEmpty() && !path.endsWith("/") && files.contains(path)) {
      return path;
    }
    String index = (path.isEmpty() || path.endsWith("/") ? path : path + "/") + "index.html";
    return files.contains(index) ? index : null;
  }

  private Link absolute(String raw, String url) {
    String rest = stripScheme(url);
    int end = firstOf(rest, "/?#");
    String authority = end < 0 ? rest : rest.substring(0, end);
    String after = end < 0 ? "" : rest.substring(end);
    String host = hostOf(authority);
    String fragment = fragment(raw);
    if (!host.equals(siteHost)) {
      return new Link(Kind.EXTERNAL, raw, "", fragment, host);
    }
    String path = decode(withoutQueryAndFragment(after));
    if ((path + "/").equals(basePath) || path.isEmpty()) {
      return normalized(raw, "", fragment);
    }
    if (!path.startsWith(basePath)) {
      return new Link(Kind.OUTSIDE, raw, path, fragment, "");
    }
    return normalized(raw, path.substring(basePath.length()), fragment);
  }

  /** The site's own host, lower case, e.g. {@code www.example.gov.cn}. */
  public String siteHost() {
    return siteHost;
  }

  /** The host of {@code host[:port]} or {@code user@host}, lower case. */
  private static String hostOf(String authority) {
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && !host.endsWith("]")) {
      host = host.substring(0, colon);
    }
    return host.toLowerCase(Locale.ROOT);
  }

  private static int firstOf(String s, String chars) {
    int first = -1;
    for (char c : chars.toCharArray()) {
      int at = s.indexOf(c);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  private static Link normalized(String raw, String path, String fragment) {
    Deque<String> parts = new ArrayDeque<>();
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals("..")) {
        if (parts.isEmpty()) {
          return new Link(Kind.OUTSIDE, raw, path, fragment, "");
        }
        parts.removeLast();
        if (last) {
          parts.add("");
        }
      } else if (s.equals(".") || (s.isEmpty() && !last)) {
        if (last) {
          parts.add("");
        }
      } else {
        parts.add(s);
      }
    }
    return new Link(Kind.INTERNAL, raw, String.join("/", parts), fragment, "");
  }

  private static String stripScheme(String url) {
    int at = url.indexOf("//");
    return at >= 0 ? url.substring(at + 2) : url;
  }

  private static String fragment(String raw) {
    int hash = raw.indexOf('#');
    return hash >= 0 ? decode(raw.substring(hash + 1)) : "";
  }

  private static String withoutQueryAndFragment(String raw) {
    int end = firstOf(raw, "?#");
    return end < 0 ? raw : raw.substring(0, end);
  }

  /** Percent-decodes a path or fragment; a malformed escape leaves the text as written. */
  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    try {
      return new URI("x:" + s.replace(" ", "%20")).getSchemeSpecificPart();
    } catch (URISyntaxException e) {
      return s;
    }
  }
}
