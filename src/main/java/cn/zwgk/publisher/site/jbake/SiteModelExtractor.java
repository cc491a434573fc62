package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.config.SiteIdentity;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * Gives every template the key {@code site}: the site-wide settings of jbake.properties that pages
 * show (title, host, site ID code, filing numbers). Registered through JBake's {@code
 * META-INF/org.jbake.template.ModelExtractors.properties}, because JBake resets its extractor
 * registry on every bake.
 */
public final class SiteModelExtractor implements ModelExtractor<SiteModelExtractor.Site> {

  /**
   * What templates read as {@code site.*}; values are empty strings when not configured. {@code
   * identity} is the portal's identity furniture (footer, badges, meta tags), {@code demo} marks a
   * demonstration site on every page.
   */
  public record Site(
      String title,
      String host,
      String basePath,
      String idCode,
      String icp,
      String publicSecurity,
      String organiser,
      SiteIdentity identity,
      boolean demo) {
    static Site of(SiteConfig c) {
      return new Site(
          c.siteTitle(),
          c.siteHost(),
          SiteModelExtractor.basePath(c.siteHost()),
          c.value("site.id_code", ""),
          c.value("site.icp", ""),
          c.value("site.public_security", ""),
          c.value("site.organiser", ""),
          SiteIdentity.of(c),
          c.flag("site.demo", false));
    }
  }

  /** The path part of the site URL with a trailing slash: "/zwgk/" for https://x.gov.cn/zwgk. */
  static String basePath(String host) {
    String path = java.net.URI.create(host + "/").getPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  @Override
  public Site get(ContentStore db, Map model, String key) {
    if (db instanceof ReportContentStore store) {
      return Site.of(store.siteConfig());
    }
    throw new IllegalStateException("the site model needs the publisher's content store");
  }
}
