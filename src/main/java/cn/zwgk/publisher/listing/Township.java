package cn.zwgk.publisher.listing;

import cn.zwgk.publisher.metadata.IssuerLevel;
import cn.zwgk.publisher.metadata.Report;
import java.util.List;
import java.util.Map;

/**
 * An issuer of the site with its published documents of every kind, newest first, and grouped by
 * the year they cover (newest year first): a township (镇/乡/街道), or a county-level government or
 * department, which has no township. {@code name} is the township's name, or the county-level
 * body's full name; {@code slug} is the ASCII name of its page.
 */
public record Township(
    String slug,
    String county,
    String name,
    String issuer,
    List<Report> reports,
    Map<Integer, List<Report>> reportsByYear,
    IssuerLevel level) {

  public boolean isTownship() {
    return level == IssuerLevel.TOWNSHIP;
  }

  /** Townships keep their pages under townships/; county-level bodies are under issuers/. */
  public String uri() {
    return (isTownship() ? "townships/" : "issuers/") + slug + ".html";
  }
}
