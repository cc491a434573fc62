package cn.zwgk.publisher.search;

import java.util.Objects;

/**
 * What a reader asked for: the text typed, and filters by county, township (its page slug) and
 * report year. An empty string or year 0 means "any". These are the URL parameters of the search
 * page: {@code q}, {@code county}, {@code township}, {@code year}.
 */
public record SearchQuery(String text, String county, String township, int year) {
  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(township, "township");
  }

  /** A query without filters. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, "", "", 0);
  }
}
