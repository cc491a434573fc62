package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.metadata.ReportKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file {@code publisher new} starts a document with: a draft whose header is filled from the
 * registry of issuing bodies and carries its assigned 索引号, and a body with a heading for each
 * section its kind mandates (for a 法治政府建设年度报告: 主要举措和成效; 存在的不足和原因; 党政主要负责人履行推进法治建设第一责任人职责情况;
 * 下一年度主要安排; 其他需要报告的情况). Stateless.
 */
public final class ReportScaffold {
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  private ReportScaffold() {}

  /** The default title: {@code 埔前镇2025年法治政府建设年度报告}. */
  public static String defaultTitle(String township, int year) {
    return township + year + "年法治政府建设年度报告";
  }

  /** The default title of an annual kind: {@code <issuer><year>年<kind name>}. */
  public static String defaultTitle(String issuer, int year, ReportKind kind) {
    return issuer + year + "年" + kind.name();
  }

  /** A 法治政府建设年度报告 of {@code issuer} for {@code year}. */
  public static String render(
      IssuerRegistry.Issuer issuer, int year, String title, String indexNumber) {
    Map<String, String> header = header(issuer, "report", title, indexNumber);
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

  /**
   * A document of {@code kind}: {@code year} is stated for annual kinds, {@code genre} when given;
   * the body has a heading per mandated section.
   */
  public static String render(
      IssuerRegistry.Issuer issuer,
      ReportKind kind,
      String genre,
      int year,
      String title,
      String indexNumber) {
    if (kind.type().equals("report")) {
      return render(issuer, year, title, indexNumber);
    }
    Map<String, String> header = header(issuer, kind.type(), title, indexNumber);
    if (kind.annual()) {
      header.put("year", String.valueOf(year));
    }
    if (!genre.isEmpty()) {
      header.put("genre", genre);
    }
    List<ReportKind.Section> sections = kind.sections();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < sections.size(); i++) {
      String n = i < NUMERALS.length ? NUMERALS[i] : String.valueOf(i + 1);
      body.append("## ").append(n).append("、").append(sections.get(i).name()).append("\n\n");
    }
    return ReportFileWriter.render(header, body.toString());
  }

  private static Map<String, String> header(
      IssuerRegistry.Issuer issuer, String type, String title, String indexNumber) {
    Map<String, String> header = new LinkedHashMap<>();
    header.put("title", title);
    header.put("type", type);
    header.put("status", "draft");
    header.put("index_number", indexNumber);
    header.put("category", type.equals("document") ? "" : "工作报告");
    header.put("issuer", issuer.name());
    header.put("township", issuer.township());
    header.put("county", issuer.county());
    return header;
  }
}
