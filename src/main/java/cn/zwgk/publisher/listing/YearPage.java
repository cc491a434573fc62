package cn.zwgk.publisher.listing;

import cn.zwgk.publisher.metadata.Report;
import java.util.List;

/** The reports covering one year, grouped by county and then township. */
public record YearPage(int year, List<CountyGroup> counties, int reportCount) {

  /** One county's townships that have reports for the year. */
  public record CountyGroup(String county, List<TownshipReports> townships) {}

  /** One township's reports for the year. */
  public record TownshipReports(Township township, List<Report> reports) {}

  public String uri() {
    return "years/" + year + ".html";
  }
}
