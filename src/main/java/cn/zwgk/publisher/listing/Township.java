package cn.zwgk.publisher.listing;

import cn.zwgk.publisher.metadata.Report;
import java.util.List;
import java.util.Map;

/**
 * A township (镇/乡/街道) of a county with its published reports, newest first, and grouped by the year
 * they cover (newest year first). {@code slug} is the ASCII name of its page.
 */
public record Township(
    String slug,
    String county,
    String name,
    String issuer,
    List<Report> reports,
    Map<Integer, List<Report>> reportsByYear) {

  public String uri() {
    return "townships/" + slug + ".html";
  }
}
