package cn.zwgk.publisher.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The file {@code publisher new} starts a report with: a draft whose header is filled from the
 * registry of issuing bodies and carries its assigned 索引号, and a body with the five sections a
 * 法治政府建设年度报告 must cover (主要举措和成效; 存在的不足和原因; 党政主要负责人履行推进法治建设第一责任人职责情况; 下一年度主要安排; 其他需要报告的情况).
 * Stateless.
 */
public final class ReportScaffold {
  private ReportScaffold() {}

  /** The default title: {@code 埔前镇2025年法治政府建设年度报告}. */
  public static String defaultTitle(String township, int year) {
    return township + year + "年法治政府建设年度报告";
  }

  public static String render(
      IssuerRegistry.Issuer issuer, int year, String title, String indexNumber) {
    Map<String, String> header = new LinkedHashMap<>();
    header.put("title", title);
    header.put("type", "report");
    header.put("status", "draft");
    header.put("index_number", indexNumber);
    header.put("category", "工作报告");
    header.put("issuer", issuer.name());
    header.put("township", issuer.township());
    header.put("county", issuer.county());
    header.put("year", String.valueOf(year));
    String body =
        String.join(
            "\n\n",
            "## 一、" + year + "年推进法治政府建设的主要举措和成效",
            "## 二、存在的不足和原因",
            "## 三、党政主要负责人履行推进法治建设第一责任人职责情况",
            "## 四、" + (year + 1) + "年推进法治政府建设的主要安排",
            "## 五、其他需要报告的情况",
            "");
    return ReportFileWriter.render(header, body);
  }
}
