package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.problem.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a site is published: {@code sftp://host[:port]/absolute/path} or {@code
 * file:///absolute/path}. The path is the folder that holds {@code releases/} and {@code current}.
 *
 * @param scheme {@code sftp} or {@code file}
 * @param host server host name, empty for {@code file}
 * @param port SSH port (22 by default), 0 for {@code file}
 * @param path absolute path of the deploy folder on the server, without a trailing slash
 */
public record DeployTarget(String scheme, String host, int port, String path) {
  public DeployTarget {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(path, "path");
  }

  /**
   * Parses a deploy URL; anything else than sftp:// or file:// with an absolute path is refused.
   */
  public static DeployTarget parse(String url) {
    // Whatever is refused below, a password typed into the URL is never repeated.
    String shown = Secrets.url(url);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new DeployException(Text.of("deploy.url.not_url", shown));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String path = uri.getPath() == null ? "" : uri.getPath();
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (!path.startsWith("/") || path.equals("/")) {
      throw new DeployException(Text.of("deploy.url.no_path", shown));
    }
    if (uri.getUserInfo() != null) {
      throw new DeployException(Text.of("deploy.url.credentials", shown));
    }
    return switch (scheme) {
      case "sftp" -> {
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
          throw new DeployException(Text.of("deploy.url.no_host", shown));
        }
        yield new DeployTarget("sftp", uri.getHost(), uri.getPort() < 0 ? 22 : uri.getPort(), path);
      }
      case "file" -> new DeployTarget("file", "", 0, path);
      case "scp" -> throw new DeployException(Text.of("deploy.url.scp", shown));
      default -> throw new DeployException(Text.of("deploy.url.scheme", shown));
    };
  }

  public boolean isSftp() {
    return scheme.equals("sftp");
  }

  /** The URL as shown in messages: no credentials are ever part of it. */
  @Override
  public String toString() {
    return isSftp() ? "sftp://" + host + ":" + port + path : "file://" + path;
  }
}
