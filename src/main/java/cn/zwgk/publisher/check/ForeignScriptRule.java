package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Scripts, frames and redirects from other hosts: {@code script}, {@code iframe}, {@code frame},
 * {@code embed} and {@code object} loading from a host that is neither the site's own nor listed in
 * {@code check.allowed_script_hosts} (exact hosts, or {@code *.example.com}); inline scripts naming
 * such a host; and {@code meta http-equiv=refresh} redirects to one. Hijacked government pages
 * carry exactly these.
 */
final class ForeignScriptRule implements Rule {
  private static final Pattern URL_IN_CODE =
      Pattern.compile("(?i)(?:https?:)?//([a-z0-9.-]+\\.[a-z]{2,})(?::\\d+)?");
  private static final Pattern REFRESH_URL = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"\\s]+)");

  @Override
  public String id() {
    return "foreign_script";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.isHtml()) {
      return;
    }
    for (Element e :
        page.document().select("script[src], iframe[src], frame[src], embed[src], object[data]")) {
      String url = e.hasAttr("src") ? e.attr("src") : e.attr("data");
      SiteLinks.Link link = context.links().resolve(page.path(), url);
      if (link.kind() == SiteLinks.Kind.EXTERNAL && !allowed(link.host(), context)) {
        report(page, Text.of("check.foreign_script.loads", noun(e), link.host(), url.strip()), out);
      }
    }
    for (Element script : page.document().select("script:not([src])")) {
      Set<String> hosts = new LinkedHashSet<>();
      Matcher m = URL_IN_CODE.matcher(script.data());
      while (m.find()) {
        String host = m.group(1).toLowerCase(Locale.ROOT);
        if (!allowed(host, context)) {
          hosts.add(host);
        }
      }
      for (String host : hosts) {
        report(page, Text.of("check.foreign_script.inline", host), out);
      }
    }
    for (Element meta : page.document().select("meta[http-equiv]")) {
      if (!meta.attr("http-equiv").equalsIgnoreCase("refresh")) {
        continue;
      }
      Matcher m = REFRESH_URL.matcher(meta.attr("content"));
      if (m.find()) {
        SiteLinks.Link link = context.links().resolve(page.path(), m.group(1));
        if (link.kind() == SiteLinks.Kind.EXTERNAL && !allowed(link.host(), context)) {
          report(page, Text.of("check.foreign_script.redirect", link.host(), m.group(1)), out);
        }
      }
    }
  }

  private static void report(Page page, Text message, Findings out) {
    out.add(
        page.path(),
        Text.of("check.foreign_script", message),
        Text.of("check.foreign_script.advice"));
  }

  private static Text noun(Element e) {
    return switch (e.normalName()) {
      case "script", "iframe", "object", "embed" -> Text.of("check.element." + e.normalName());
      default -> Text.of("check.element.other", e.normalName());
    };
  }

  private static boolean allowed(String host, CheckContext context) {
    if (host.equals(context.links().siteHost())) {
      return true;
    }
    List<String> allowed = context.settings().allowedScriptHosts();
    for (String pattern : allowed) {
      if (pattern.startsWith("*.")) {
        String suffix = pattern.substring(1);
        if (host.endsWith(suffix) || host.equals(pattern.substring(2))) {
          return true;
        }
      } else if (host.equals(pattern)) {
        return true;
      }
    }
    return false;
  }
}
