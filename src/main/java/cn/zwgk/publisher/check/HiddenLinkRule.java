package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Hidden links, the mark of a tampered page carrying spam: a link that is, or sits inside, an
 * element hidden by {@code display:none}, {@code visibility:hidden}, a zero font size, zero opacity
 * or off-screen positioning, in an inline {@code style} attribute or a {@code <style>} element of
 * the page, or by the {@code hidden} attribute. The site's own stylesheet (which moves the skip
 * link off-screen until focused) is not read: the build never writes such styles into pages.
 */
final class HiddenLinkRule implements Rule {
  private static final Pattern CSS_RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
  private static final Pattern OFFSET =
      Pattern.compile("-(\\d+(?:\\.\\d+)?)(px|pt|em|rem|vw|vh|%)?");

  @Override
  public String id() {
    return "hidden_link";
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
    Map<Element, Text> styled = styledByStyleElements(page);
    for (Element a : page.document().select("a[href]")) {
      for (Element e = a; e != null; e = e.parent()) {
        Optional<Text> reason = reason(e, styled);
        if (reason.isPresent()) {
          out.add(
              page.path(),
              Text.of(
                  "check.hidden_link",
                  a.attr("href"),
                  abbreviate(a.text()),
                  e == a
                      ? reason.get()
                      : Text.of("check.hidden_link.enclosing", reason.get(), e.normalName())),
              Text.of("check.hidden_link.advice"));
          break;
        }
      }
    }
  }

  private static Optional<Text> reason(Element e, Map<Element, Text> styled) {
    if (e.hasAttr("hidden")) {
      return Optional.of(Text.of("check.hidden_link.reason.attribute"));
    }
    Optional<Text> inline = hiding(e.attr("style")).map(HiddenLinkRule::declared);
    if (inline.isPresent()) {
      return inline;
    }
    return Optional.ofNullable(styled.get(e));
  }

  /** A reason of {@link #hiding}: a declaration, or {@code off-screen} and one, in words. */
  private static Text declared(String why) {
    return why.startsWith(OFF_SCREEN)
        ? Text.of("check.hidden_link.reason.off_screen", why.substring(OFF_SCREEN.length()))
        : Text.literal(why);
  }

  private static final String OFF_SCREEN = "off-screen ";

  /** Elements hidden by the page's own {@code <style>} rules, with the reason. */
  private static Map<Element, Text> styledByStyleElements(Page page) {
    Map<Element, Text> hidden = new IdentityHashMap<>();
    for (Element style : page.document().select("style")) {
      Matcher m = CSS_RULE.matcher(style.data());
      while (m.find()) {
        Optional<String> why = hiding(m.group(2));
        if (why.isEmpty()) {
          continue;
        }
        for (String selector : m.group(1).split(",")) {
          String s = selector.strip();
          try {
            for (Element e : page.document().select(s)) {
              hidden.putIfAbsent(
                  e, Text.of("check.hidden_link.reason.style_rule", declared(why.get()), s));
            }
          } catch (Selector.SelectorParseException unsupported) {
            // A selector jsoup cannot evaluate (e.g. :hover) hides nothing we can see.
          }
        }
      }
    }
    return hidden;
  }

  /** Why a CSS declaration block hides its element, if it does. */
  static Optional<String> hiding(String css) {
    if (css == null || css.isBlank()) {
      return Optional.empty();
    }
    for (String declaration : css.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value =
          declaration
              .substring(colon + 1)
              .replace("!important", "")
              .strip()
              .toLowerCase(Locale.ROOT);
      Optional<String> why = hiding(property, value);
      if (why.isPresent()) {
        return why;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> hiding(String property, String value) {
    String declared = property + ":" + value;
    switch (property) {
      case "display":
        return value.equals("none") ? Optional.of(declared) : Optional.empty();
      case "visibility":
        return value.equals("hidden") || value.equals("collapse")
            ? Optional.of(declared)
            : Optional.empty();
      case "font-size", "opacity":
        return value.matches("0+(\\.0+)?[a-z%]*") ? Optional.of(declared) : Optional.empty();
      case "left", "top", "right", "bottom", "text-indent", "margin-left", "margin-top":
        return farOff(value) ? Optional.of(OFF_SCREEN + declared) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** A negative offset large enough to move text out of view: at least 100px or 10em. */
  private static boolean farOff(String value) {
    Matcher m = OFFSET.matcher(value);
    if (!m.lookingAt()) {
      return false;
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "px" : m.group(2);
    return switch (unit) {
      case "em", "rem" -> amount >= 10;
      case "vw", "vh", "%" -> amount >= 100;
      default -> amount >= 100;
    };
  }

  private static String abbreviate(String s) {
    String t = s.strip();
    return t.length() <= 30 ? t : t.substring(0, 30) + "…";
  }
}
