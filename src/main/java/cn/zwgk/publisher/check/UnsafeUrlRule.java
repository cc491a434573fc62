package cn.zwgk.publisher.check;

import cn.zwgk.publisher.html.AttributeUrl;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Script in a built page's markup, wherever it came from (a report body, a header value, a
 * template, or a change after the build): a {@code javascript:}, {@code vbscript:}, {@code data:}
 * or {@code livescript:} URL in any attribute that holds a URL ({@code href}, {@code src}, {@code
 * action}, {@code formaction}, {@code srcset} candidates, a {@code meta} refresh target, SVG
 * animation values…), in any spelling a browser accepts (any case, entity-encoded, with control
 * characters or spaces); any event-handler attribute ({@code on…}); an {@code iframe srcdoc}; and
 * {@code javascript:} or {@code expression(} in inline CSS. The site's scripts are files loaded by
 * {@code src}, so none of this is ever needed.
 */
final class UnsafeUrlRule implements Rule {
  /** Attributes whose value a browser follows or loads as a URL. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "cite",
          "longdesc",
          "poster",
          "background",
          "data",
          "codebase",
          "classid",
          "archive",
          "manifest",
          "icon",
          "profile",
          "usemap",
          "dynsrc",
          "lowsrc",
          "ping",
          "xlink:href",
          "xml:base",
          "srcset",
          "imagesrcset");

  /** SVG animation attributes, which can set another attribute (an href) to a URL. */
  private static final Set<String> ANIMATION_VALUES = Set.of("to", "from", "values", "by");

  /** The target of a refresh: after the delay, with or without {@code url=} (both are obeyed). */
  private static final Pattern REFRESH_URL =
      Pattern.compile("(?is)^\\s*[\\d.]*\\s*[;,]?\\s*(?:url\\s*=\\s*)?['\"]?(.*)$");

  private static final Pattern CSS_SCRIPT =
      Pattern.compile("(?i)javascript\\s*:|vbscript\\s*:|expression\\s*\\(|-moz-binding");

  @Override
  public String id() {
    return "unsafe_url";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  /** Its findings come from the page (and its report's source lines) and the settings only. */
  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.isHtml()) {
      return;
    }
    for (Element e : page.document().getAllElements()) {
      for (Attribute a : e.attributes()) {
        Text reason = reason(e, a);
        if (reason != null) {
          report(page, context, e, a, reason, out);
        }
      }
      if (e.normalName().equals("style") && CSS_SCRIPT.matcher(e.data()).find()) {
        report(page, context, e, null, Text.of("check.unsafe_url.style_element"), out);
      }
    }
  }

  /** Why attribute {@code a} of {@code e} can run script, or null when it cannot. */
  private static Text reason(Element e, Attribute a) {
    String name = a.getKey().toLowerCase(Locale.ROOT);
    if (name.startsWith("on")) {
      return Text.of("check.unsafe_url.handler", name);
    }
    if (name.equals("srcdoc")) {
      return Text.of("check.unsafe_url.srcdoc");
    }
    if (name.equals("style") && CSS_SCRIPT.matcher(a.getValue()).find()) {
      return Text.of("check.unsafe_url.style");
    }
    for (String url : urls(e, name, a.getValue())) {
      if (AttributeUrl.mayRunScript(url)) {
        return Text.of("check.unsafe_url.url", name);
      }
    }
    return null;
  }

  /** The URLs attribute {@code name} of {@code e} holds; empty when it holds none. */
  private static List<String> urls(Element e, String name, String value) {
    if (URL_ATTRIBUTES.contains(name) || (name.endsWith(":href"))) {
      if (!name.endsWith("srcset")) {
        return List.of(value);
      }
      List<String> candidates = new ArrayList<>();
      for (String candidate : value.split(",")) {
        String c = candidate.strip();
        if (!c.isEmpty()) {
          candidates.add(c.split("\\s+")[0]);
        }
      }
      // A data: URL holds commas: check the whole value too.
      candidates.add(value);
      return candidates;
    }
    if (ANIMATION_VALUES.contains(name)
        && (e.normalName().equals("set") || e.normalName().startsWith("animate"))) {
      return List.of(value.split(";"));
    }
    if (name.equals("content") && e.attr("http-equiv").strip().equalsIgnoreCase("refresh")) {
      Matcher m = REFRESH_URL.matcher(value);
      return m.find() ? List.of(m.group(1)) : List.of();
    }
    return List.of();
  }

  private static void report(
      Page page, CheckContext context, Element e, Attribute a, Text reason, Findings out) {
    String shown = a == null ? e.data() : a.getValue();
    Source source = TextFinding.source(page, shown, context);
    out.add(
        page.path(),
        source,
        Text.of("check.unsafe_url", e.normalName(), reason, abbreviate(a, shown)),
        source.path().isEmpty()
            ? Text.of("check.unsafe_url.advice.template")
            : Text.of("check.unsafe_url.advice.source", source.path()));
  }

  private static String abbreviate(Attribute a, String value) {
    String v = value.strip().replaceAll("\\p{Cntrl}", "\uFFFD");
    v = v.length() <= 60 ? v : v.substring(0, 60) + "…";
    return a == null ? v : a.getKey() + "=\"" + v + "\"";
  }
}
