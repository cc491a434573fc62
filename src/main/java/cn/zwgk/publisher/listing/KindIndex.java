package cn.zwgk.publisher.listing;

import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportKind;
import java.util.List;
import java.util.Map;

/**
 * The listings of one kind: its published documents (newest first), its years, and its issuer ×
 * year grid, whose rows are the issuers with at least one document of the kind.
 *
 * @param byIssuer by issuer slug, the issuer's documents of this kind by year covered (newest year
 *     first)
 */
public record KindIndex(
    ReportKind kind,
    List<Report> published,
    List<YearPage> years,
    List<Integer> gridYears,
    List<GridRow> grid,
    Map<String, Map<Integer, List<Report>>> byIssuer) {

  /** The page of this kind's documents covering {@code year}. */
  public String yearUri(int year) {
    return "kinds/" + kind.slug() + "/" + year + ".html";
  }
}
