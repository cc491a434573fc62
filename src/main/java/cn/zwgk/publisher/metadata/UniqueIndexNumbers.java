package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site-wide rule that a 索引号 is issued once: every report after the first that reuses one is an
 * error.
 */
public final class UniqueIndexNumbers {
  private UniqueIndexNumbers() {}

  public static void check(Collection<Report> reports, List<Problem> problems) {
    Map<String, Report> first = new HashMap<>();
    List<Report> ordered = reports.stream().sorted(Comparator.comparing(Report::path)).toList();
    for (Report r : ordered) {
      if (r.indexNumber().isEmpty()) {
        continue;
      }
      Report earlier = first.putIfAbsent(r.indexNumber(), r);
      if (earlier != null) {
        problems.add(
            Problem.error(
                r.path(),
                r.lineOf("index_number"),
                "index_number",
                Text.of(
                    "metadata.index_number.duplicate",
                    r.indexNumber(),
                    earlier.path(),
                    earlier.lineOf("index_number"))));
      }
    }
  }
}
