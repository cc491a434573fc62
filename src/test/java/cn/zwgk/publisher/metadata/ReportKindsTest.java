package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.InvalidContentException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Kinds are data: shipped deadlines and sections, and a kind added by settings alone. */
class ReportKindsTest {
  private final ReportKinds shipped = ReportKinds.shipped();

  @Test
  void shipsTheThreeKindsWithTheirDeadlinesByLevel() {
    assertEquals(
        List.of("report", "disclosure-report", "document"),
        shipped.all().stream().map(ReportKind::type).toList());
    ReportKind fazhi = shipped.of("report");
    assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), fazhi.dueDate(2024, IssuerLevel.TOWNSHIP));
    assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), fazhi.dueDate(2024, IssuerLevel.COUNTY));
    ReportKind nianbao = shipped.of("disclosure-report");
    assertEquals(
        Optional.of(LocalDate.of(2025, 1, 31)), nianbao.dueDate(2024, IssuerLevel.TOWNSHIP));
    assertEquals(
        Optional.of(LocalDate.of(2025, 1, 31)), nianbao.dueDate(2024, IssuerLevel.DEPARTMENT));
    assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), nianbao.dueDate(2024, IssuerLevel.COUNTY));
    assertEquals(Optional.empty(), shipped.of("document").dueDate(2024, IssuerLevel.COUNTY));
    assertEquals(5, fazhi.sections().size());
    assertEquals(6, nianbao.sections().size());
    assertEquals(List.of(), shipped.of("document").sections());
  }

  @Test
  void aKindIsAddedBySettingsAlone() {
    ReportKinds kinds =
        ReportKinds.of(
            SiteConfig.parse(
                "kind.budget.name=部门预算\nkind.budget.slug=yusuan\nkind.budget.deadline=03-20\n"
                    + "kind.budget.section.1=收支总体情况 | 收支 |\n"));
    ReportKind budget = kinds.of("budget");
    assertEquals("kinds/yusuan/grid.html", budget.gridUri());
    assertEquals(
        Optional.of(LocalDate.of(2025, 3, 20)), budget.dueDate(2024, IssuerLevel.DEPARTMENT));
    assertEquals(List.of("收支"), budget.sections().get(0).headingWords());
  }

  @Test
  void badKindSettingsAreErrorsNamingTheirLines() {
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () ->
                ReportKinds.of(
                    SiteConfig.parse(
                        "kind.report.deadline=4月1日\nkind.report.colour=red\nkind.x.slug=x\n")));
    assertEquals(
        List.of(
            "jbake.properties:1: kind.report.deadline: \"4月1日\" is not a day of the year (expected"
                + " MM-dd, e.g. 03-31, the last on-time day in the year after the year covered)",
            "jbake.properties:2: kind.report.colour: is not a kind setting (expected"
                + " kind.<type>.name, slug, annual, deadline, deadline.<level>, section.<n>,"
                + " start_year or genres)",
            "jbake.properties:3: kind.x.name: is missing (every kind needs a name)"),
        e.problems().stream().map(cn.zwgk.publisher.problem.Problem::format).sorted().toList());
  }
}
