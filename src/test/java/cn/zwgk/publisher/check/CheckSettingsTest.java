package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Severity;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckSettingsTest {
  private static CheckSettings settings(String properties) {
    return CheckSettings.from(SiteConfig.parse(properties), SiteChecker.rules());
  }

  @Test
  void defaultsAreTheIssuesErrorsAndWarnings() {
    CheckSettings s = settings("");
    for (String error :
        List.of(
            "links",
            "empty_column",
            "undated",
            "spam",
            "hidden_link",
            "foreign_script",
            "unsafe_url",
            "personal_data",
            "residue",
            "date_sanity")) {
      assertEquals(Optional.of(Severity.ERROR), s.severity(error), error);
    }
    for (String warning :
        List.of("deadline", "missing_report", "stale_home", "mandated_sections", "external_link")) {
      assertEquals(Optional.of(Severity.WARNING), s.severity(warning), warning);
    }
    assertEquals(14, s.staleHomeDays());
    assertEquals(ZoneId.of("Asia/Shanghai"), s.zone());
    assertEquals(List.of(), s.allowedScriptHosts());
  }

  @Test
  void jbakePropertiesSetSeverityAndParameters() {
    CheckSettings s =
        settings(
            "check.external_link=ERROR\ncheck.residue=warning\ncheck.stale_home=off\n"
                + "check.stale_home_days=30\ncheck.allowed_script_hosts=Hm.Baidu.com, *.gov.cn\n");
    assertEquals(Optional.of(Severity.ERROR), s.severity("external_link"));
    assertEquals(Optional.of(Severity.WARNING), s.severity("residue"));
    assertEquals(Optional.empty(), s.severity("stale_home"));
    assertEquals(30, s.staleHomeDays());
    assertEquals(List.of("hm.baidu.com", "*.gov.cn"), s.allowedScriptHosts());
  }

  @Test
  void defaultSpamListCatchesTheSeed000Term() {
    assertEquals(
        "皇冠足球比分",
        settings("").spamWords().findAll("县委、县政府皇冠足球比分:《2025年全县法治政府建设工作要点》").get(0).word());
  }

  @Test
  void rejectsUnknownRuleNamingItsLine() {
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class, () -> settings("site.title=x\ncheck.links_all=error\n"));
    assertEquals(
        "jbake.properties:2: check.links_all: \"links_all\" is not a check rule (expected one of"
            + " links, empty_column, undated, spam, hidden_link, foreign_script, unsafe_url,"
            + " personal_data, residue, page_furniture, date_sanity, deadline, missing_report,"
            + " stale_home, mandated_sections, external_link, site_identity, or"
            + " check.allowed_script_hosts, check.stale_home_days,"
            + " check.time_zone)",
        e.problems().get(0).format());
  }

  @Test
  void rejectsBadSeverityZoneAndDaysTogether() {
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () ->
                settings(
                    "check.spam=fatal\ncheck.time_zone=Mars/Olympus\ncheck.stale_home_days=0\n"));
    assertEquals(
        List.of(
            "jbake.properties:1: check.spam: \"fatal\" is not a severity (expected error, warning"
                + " or off)",
            "jbake.properties:2: check.time_zone: \"Mars/Olympus\" is not a time zone (expected a"
                + " region id such as Asia/Shanghai)",
            "jbake.properties:3: check.stale_home_days: \"0\" is not a positive whole number of"
                + " days (expected e.g. 14)"),
        e.problems().stream().sorted().map(Problem::format).toList());
  }
}
