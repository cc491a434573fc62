package cn.zwgk.publisher.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The identity a government portal must carry (政府网站发展指引, 国办发〔2017〕47号, and the inspection
 * indicators): 主办单位, 承办单位, 联系方式, 网站标识码, ICP 备案号, 公安机关备案号, the 党政机关网站标识 and the 我为政府网站找错 entry, from
 * the {@code site.*} keys of jbake.properties. The two badges are third-party scripts: they are
 * loaded only when their URL is configured, and only over https. Values are empty strings when not
 * configured. Immutable.
 *
 * @param domain the host of {@code site.host}, for the {@code SiteDomain} meta tag
 * @param production {@code site.production=true}: missing identity fails the build
 */
public record SiteIdentity(
    String organiser,
    String operator,
    String contact,
    String idCode,
    String icp,
    String publicSecurity,
    String conacScript,
    String jiucuoScript,
    String domain,
    boolean production) {

  /** Where ICP numbers are looked up (工业和信息化部 ICP/IP地址/域名信息备案管理系统). */
  public static final String ICP_LOOKUP = "https://beian.miit.gov.cn/";

  /** Where 公安机关备案号 are looked up (全国互联网安全管理服务平台); the number's digits follow. */
  public static final String PUBLIC_SECURITY_LOOKUP =
      "https://beian.mps.gov.cn/#/query/webSearch?code=";

  /** The hosts the official badge scripts come from. */
  public static final List<String> CONAC_HOSTS = List.of("dcs.conac.cn");

  public static final List<String> JIUCUO_HOSTS = List.of("pucha.kaipuyun.cn", "zfwzgl.www.gov.cn");

  public static SiteIdentity of(SiteConfig c) {
    return new SiteIdentity(
        c.value("site.organiser", ""),
        c.value("site.operator", ""),
        c.value("site.contact", ""),
        c.value("site.id_code", ""),
        c.value("site.icp", ""),
        c.value("site.public_security", ""),
        httpsOnly(c.value("site.conac_script", "")),
        httpsOnly(c.value("site.jiucuo_script", "")),
        host(c.siteHost()).orElse(""),
        c.flag("site.production", false));
  }

  /** The ICP record site, which the ICP number links to (as the MIIT requires). */
  public String icpUrl() {
    return ICP_LOOKUP;
  }

  /** The lookup page of the 公安机关备案号: the record site with the number's digits. */
  public String publicSecurityUrl() {
    return PUBLIC_SECURITY_LOOKUP + publicSecurity.replaceAll("[^0-9]", "");
  }

  /** The hosts of the configured badge scripts, which pages may therefore load scripts from. */
  public List<String> scriptHosts() {
    List<String> hosts = new ArrayList<>();
    host(conacScript).ifPresent(hosts::add);
    host(jiucuoScript).ifPresent(hosts::add);
    return hosts;
  }

  /**
   * The config keys of what is missing, in footer order: {@code site.organiser}, {@code
   * site.contact}, {@code site.id_code}, {@code site.icp}, {@code site.public_security}, {@code
   * site.conac_script}, {@code site.jiucuo_script}. 承办单位 is optional (many portals are run by their
   * organiser).
   */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    addIfEmpty(missing, "site.organiser", organiser);
    addIfEmpty(missing, "site.contact", contact);
    addIfEmpty(missing, "site.id_code", idCode);
    addIfEmpty(missing, "site.icp", icp);
    addIfEmpty(missing, "site.public_security", publicSecurity);
    addIfEmpty(missing, "site.conac_script", conacScript);
    addIfEmpty(missing, "site.jiucuo_script", jiucuoScript);
    return missing;
  }

  private static void addIfEmpty(List<String> out, String key, String value) {
    if (value.isBlank()) {
      out.add(key);
    }
  }

  private static String httpsOnly(String url) {
    return url.strip().toLowerCase(Locale.ROOT).startsWith("https://") ? url.strip() : "";
  }

  /** The lower-case host of {@code url}, or empty when it has none. */
  public static Optional<String> host(String url) {
    if (url.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(URI.create(url.strip()).getHost())
          .map(h -> h.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
