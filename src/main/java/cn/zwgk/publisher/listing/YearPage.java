package cn.zwgk.publisher.listing;

import cn.zwgk.publisher.metadata.Report;
import java.util.List;

/**
 * The documents covering one year, grouped by county and then issuer; {@code uri} is the page (all
 * kinds under years/, one kind under kinds/SLUG/).
 */
public record YearPage(int year, List<CountyGroup> counties, int reportCount, String uri) {

  /** One county's issuers that have documents for the year. */
  public record CountyGroup(String county, List<TownshipReports> townships) {}

  /** One issuer's documents for the year. */
  public record TownshipReports(Township township, List<Report> reports) {}
}
