package cn.zwgk.publisher.check;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.config.SiteIdentity;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The identity inspection requires of a government portal (国办发〔2017〕47号; the inspection
 * indicators): which of 主办单位, 联系方式, 网站标识码, ICP 备案号, 公安机关备案号, 党政机关网站标识 and 我为政府网站找错 are not
 * configured; badge scripts from hosts other than the official ones; configured values the home
 * page does not show; and pages without the meta tags inspection crawlers read ({@code SiteName},
 * {@code SiteDomain}, {@code SiteIDCode}, {@code ColumnName}; on report pages also {@code
 * ArticleTitle}, {@code PubDate}, {@code ContentSource}). A warning, since a site in preparation
 * has no numbers yet; an error once {@code site.production=true}.
 */
final class SiteIdentityRule implements Rule {
  private static final List<String> SITE_META = List.of("SiteName", "SiteDomain", "ColumnName");
  private static final List<String> REPORT_META =
      List.of("ArticleTitle", "PubDate", "ContentSource");

  @Override
  public String id() {
    return "site_identity";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public Severity defaultSeverity(SiteConfig config) {
    return SiteIdentity.of(config).production() ? Severity.ERROR : Severity.WARNING;
  }

  /** Its findings come from the page (and its report's source lines) and the settings only. */
  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.isHtml() || page.path().equals("404.html")) {
      return;
    }
    SiteIdentity identity = SiteIdentity.of(context.config());
    List<String> missing = new ArrayList<>();
    List<String> wanted = new ArrayList<>(SITE_META);
    if (!identity.idCode().isEmpty()) {
      wanted.add("SiteIDCode");
    }
    if (page.report().isPresent()) {
      wanted.addAll(REPORT_META);
    }
    for (String name : wanted) {
      Element meta = page.document().selectFirst("meta[name=" + name + "]");
      if (meta == null || meta.attr("content").isBlank()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      out.add(
          page.path(),
          Text.of("check.site_identity.meta", String.join(", ", missing)),
          Text.of("check.site_identity.meta.advice"));
    }
    if (page.path().equals("index.html")) {
      checkHomeShows(page, identity, out);
    }
  }

  /** Every configured value must be on the home page, where inspectors look for it. */
  private static void checkHomeShows(Page page, SiteIdentity identity, Findings out) {
    String text = page.document().text();
    List<String> notShown = new ArrayList<>();
    addIfNotShown(notShown, text, "site.organiser", identity.organiser());
    addIfNotShown(notShown, text, "site.contact", identity.contact());
    addIfNotShown(notShown, text, "site.id_code", identity.idCode());
    addIfNotShown(notShown, text, "site.icp", identity.icp());
    addIfNotShown(notShown, text, "site.public_security", identity.publicSecurity());
    if (!identity.conacScript().isEmpty()
        && page.document().selectFirst("script[src=" + identity.conacScript() + "]") == null) {
      notShown.add("site.conac_script");
    }
    if (!identity.jiucuoScript().isEmpty()
        && page.document().selectFirst("script[src=" + identity.jiucuoScript() + "]") == null) {
      notShown.add("site.jiucuo_script");
    }
    if (!notShown.isEmpty()) {
      out.add(
          page.path(),
          Text.of("check.site_identity.not_shown", String.join(",", notShown)),
          Text.of("check.site_identity.not_shown.advice"));
    }
  }

  private static void addIfNotShown(List<String> out, String text, String key, String value) {
    if (!value.isBlank() && !text.contains(value.strip())) {
      out.add(key);
    }
  }

  @Override
  public void checkSite(CheckContext context, Findings out) {
    SiteIdentity identity = SiteIdentity.of(context.config());
    List<String> missing = identity.missing();
    if (!missing.isEmpty()) {
      out.add(
          "",
          Text.of("check.site_identity.missing", String.join(",", missing)),
          Text.of("check.site_identity.missing.advice"));
    }
    unofficial(out, "site.conac_script", identity.conacScript(), SiteIdentity.CONAC_HOSTS);
    unofficial(out, "site.jiucuo_script", identity.jiucuoScript(), SiteIdentity.JIUCUO_HOSTS);
  }

  private static void unofficial(Findings out, String key, String url, List<String> official) {
    if (url.isEmpty()) {
      return;
    }
    String host = SiteIdentity.host(url).orElse("");
    if (!official.contains(host)) {
      out.add(
          "",
          Text.of("check.site_identity.unofficial", key, host, String.join(", ", official)),
          Text.of("check.site_identity.unofficial.advice", key));
    }
  }
}
