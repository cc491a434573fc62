package cn.zwgk.publisher.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key figures of every issuer's 年报 for every year, as the summary page, its CSV and its JSON
 * show them: open data a county's 公开办 reads at a glance. Rows are sorted by issuer and year; {@link
 * #sortedBy} gives the order of a sort page. Immutable.
 */
public record DisclosureSummary(List<Row> rows) {
  public DisclosureSummary {
    rows = rows.stream().sorted(Row.BY_ISSUER).toList();
  }

  /**
   * One report: who, which year, where its page is, when it was published (yyyy-MM-dd), and its
   * figures (absent when not given).
   */
  public record Row(
      String issuer,
      String county,
      String township,
      int year,
      String uri,
      String title,
      String date,
      Map<KeyFigure, BigDecimal> figures) {
    static final Comparator<Row> BY_ISSUER =
        Comparator.comparing(Row::county)
            .thenComparing(Row::issuer)
            .thenComparingInt(Row::year)
            .thenComparing(Row::uri);

    public Row {
      EnumMap<KeyFigure, BigDecimal> copy = new EnumMap<>(KeyFigure.class);
      copy.putAll(figures);
      figures = java.util.Collections.unmodifiableMap(copy);
    }

    /** A row whose figures are read from {@code tables}. */
    public static Row of(
        String issuer,
        String county,
        String township,
        int year,
        String uri,
        String title,
        String date,
        DisclosureTables tables) {
      Map<KeyFigure, BigDecimal> figures = new EnumMap<>(KeyFigure.class);
      for (KeyFigure f : KeyFigure.values()) {
        f.of(tables).ifPresent(v -> figures.put(f, v));
      }
      return new Row(issuer, county, township, year, uri, title, date, figures);
    }

    public Optional<BigDecimal> figure(KeyFigure f) {
      return Optional.ofNullable(figures.get(f));
    }

    /** The figures in {@link KeyFigure} order, as text; empty text where a table was missing. */
    public List<String> cells() {
      List<String> cells = new ArrayList<>();
      for (KeyFigure f : KeyFigure.values()) {
        cells.add(figure(f).map(BigDecimal::toPlainString).orElse(""));
      }
      return cells;
    }
  }

  /** The rows, largest {@code figure} first; rows without it last; ties by issuer and year. */
  public List<Row> sortedBy(KeyFigure figure) {
    Comparator<Row> byFigure =
        Comparator.comparing(
            (Row r) -> r.figure(figure).orElse(null),
            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
    return rows.stream().sorted(byFigure.thenComparing(Row.BY_ISSUER)).toList();
  }
}
