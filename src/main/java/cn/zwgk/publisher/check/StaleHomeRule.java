package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A stale home page: its newest dated item is older than {@code check.stale_home_days} (14 by
 * default); inspection treats a home page not updated for two weeks as a failure.
 */
final class StaleHomeRule implements Rule {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Override
  public String id() {
    return "stale_home";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public Reads reads() {
    return Reads.PAGE;
  }

  @Override
  public void checkPage(Page page, CheckContext context, Findings out) {
    if (!page.path().equals("index.html")) {
      return;
    }
    Element main = page.document().selectFirst("main");
    Optional<LocalDate> newest = newest(main == null ? page.document().body() : main);
    if (newest.isEmpty()) {
      return;
    }
    long age = ChronoUnit.DAYS.between(newest.get(), context.today());
    int limit = context.settings().staleHomeDays();
    if (age <= limit) {
      return;
    }
    Source source =
        context.index().published().stream()
            .filter(r -> r.publicationDate().equals(newest.get()))
            .findFirst()
            .map(r -> Source.header(r, "date"))
            .orElse(Source.NONE);
    out.add(
        page.path(),
        source,
        Text.of("check.stale_home", newest.get(), age, context.today(), limit),
        Text.of("check.stale_home.advice", CheckSettings.STALE_HOME_DAYS));
  }

  private static Optional<LocalDate> newest(Element scope) {
    LocalDate newest = null;
    for (Element time : scope.select("time[datetime]")) {
      newest = later(newest, time.attr("datetime"));
    }
    if (newest == null) {
      Matcher m = DATE.matcher(scope.text());
      while (m.find()) {
        newest = later(newest, m.group());
      }
    }
    return Optional.ofNullable(newest);
  }

  private static LocalDate later(LocalDate current, String value) {
    try {
      LocalDate d =
          LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
      return current == null || d.isAfter(current) ? d : current;
    } catch (DateTimeParseException e) {
      return current;
    }
  }
}
