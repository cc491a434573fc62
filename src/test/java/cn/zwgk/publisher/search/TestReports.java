package cn.zwgk.publisher.search;

import cn.zwgk.publisher.metadata.PinyinSlug;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reports and bodies held in memory, for building small indexes in unit tests. */
final class TestReports {
  private final Map<String, String> bodies = new HashMap<>();

  /** A published report; its body is {@code body}. Index number and issuer are derived. */
  Report published(
      String name, String title, String county, String township, int year, String body) {
    return add(name, title, county, township, year, ReportStatus.PUBLISHED, body);
  }

  Report draft(String name, String title, String county, String township, int year, String body) {
    return add(name, title, county, township, year, ReportStatus.DRAFT, body);
  }

  private Report add(
      String name,
      String title,
      String county,
      String township,
      int year,
      ReportStatus status,
      String body) {
    String path = "content/reports/" + year + "/" + name + ".md";
    bodies.put(path, body);
    LocalDate date = LocalDate.of(year + 1, 2, 1);
    return new Report(
        path,
        Path.of(path),
        "reports/" + year + "/" + name + ".html",
        title,
        status,
        Optional.of(date),
        Optional.empty(),
        "11441602730470987N/" + (year + 1) + "-" + String.format("%05d", bodies.size()),
        "工作报告",
        county + township + "人民政府",
        township,
        county,
        Optional.of(year),
        "",
        List.of(),
        Map.of(),
        Map.of(),
        12,
        List.of(),
        List.of(),
        "report",
        "",
        cn.zwgk.publisher.metadata.IssuerLevel.TOWNSHIP,
        "");
  }

  BodyText bodies() {
    return r -> bodies.get(r.path());
  }

  static String slug(Report r) {
    return PinyinSlug.of(r.township());
  }
}
