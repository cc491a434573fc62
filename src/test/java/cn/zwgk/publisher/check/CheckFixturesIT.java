package cn.zwgk.publisher.check;

import static cn.zwgk.publisher.check.FixtureSite.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fixture site per rule ({@code sites/invalid-<rule>/}), each built with the real builder
 * (check off) and checked with the clock at 2025-02-01: every finding is asserted exactly — rule,
 * severity, page, source line and message — and the clean site has none. Rules about output the
 * builder never writes (hidden links, foreign scripts, forged dates) tamper with the built pages
 * through the fixture's tamper.properties, which is the tamper-after-build case.
 */
class CheckFixturesIT {
  private static final String QINGXI_PAGE = "reports/2024/qingxi-2024.html";
  private static final String QINGXI_MD = "content/reports/2024/qingxi-2024.md";

  @TempDir Path tmp;

  private List<String> findings(String fixture) {
    return describe(FixtureSite.check(FixtureSite.build(fixture, tmp)));
  }

  @Test
  void cleanSiteHasNoFindings() {
    assertEquals(List.of(), findings("valid-clean"));
  }

  @Test
  void reportsBrokenLinksMissingAnchorsAndAttachmentsAtTheirSourceLines() {
    // A missing local image is a validation error (metadata.BodyRules) before the check runs;
    // the fixture's image exists and is published, so only links and the attachment link fail.
    assertEquals(
        List.of(
            "links | error | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":15 | link \"../2023/qingxi-2023.html\" points to reports/2023/qingxi-2023.html,"
                + " which is not in the built site",
            "links | error | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":17 | link \"#六其他事项\" points to #六其他事项, which "
                + QINGXI_PAGE
                + " does not have",
            "links | error | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":21 | attachment \"../../files/missing-plan.pdf\" points to"
                + " files/missing-plan.pdf, which is not in the built site"),
        findings("invalid-links"));
  }

  @Test
  void siteIdentityNamesWhatIsMissingAndFailsInProduction() {
    // The fixture's own check.site_identity is unset, so FixtureSite turns the rule off unless set:
    // here production=true makes it an error by default.
    List<String> found =
        findings("invalid-site-identity").stream()
            .filter(f -> f.startsWith("site_identity"))
            .toList();
    assertEquals(
        List.of(
            "site_identity | error |  |  | site.conac_script loads from badge.example.net, not from"
                + " the official host (dcs.conac.cn)",
            "site_identity | error |  |  | the portal identity lacks site.contact (联系方式),"
                + " site.id_code (网站标识码), site.icp (ICP 备案号), site.public_security (公安机关备案号),"
                + " site.jiucuo_script (我为政府网站找错)"),
        found);
  }

  @Test
  void reportsEveryEmptyColumnWhenNothingIsPublished() {
    String empty = " |  | column has no entries (空白栏目; inspection fails a site for empty columns)";
    assertEquals(
        List.of(
            "empty_column | error | grid.html" + empty,
            "empty_column | error | index.html" + empty,
            "empty_column | error | townships/index.html" + empty,
            "empty_column | error | years/index.html" + empty),
        findings("invalid-empty-column"));
  }

  @Test
  void reportsListItemWithoutDate() {
    assertEquals(
        List.of(
            "undated | error | index.html | "
                + QINGXI_MD
                + ":4 | list item \"清溪镇2024年法治政府建设年度报告\" has no publication date"),
        findings("invalid-undated"));
  }

  @Test
  void reportsSeed000SpamWordAtItsSourceLine() {
    CheckResult result = FixtureSite.check(FixtureSite.build("invalid-spam", tmp));
    assertEquals(
        List.of(
            "spam | error | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":15 | contains the spam word \"皇冠足球比分\" (gambling or pornography spam)"),
        describe(result));
    assertEquals(
        "Restore the original wording in " + QINGXI_MD + ", then rebuild",
        result.findings().get(0).advice());
  }

  @Test
  void spamRuleCanBeDowngradedToWarningInJbakeProperties() throws IOException {
    CheckInput built = FixtureSite.build("invalid-spam", tmp);
    String text =
        Files.readString(built.source().resolve(SiteConfig.FILE_NAME)) + "check.spam=warning\n";
    CheckResult result =
        FixtureSite.check(
            new CheckInput(built.site(), built.source(), SiteConfig.parse(text), built.reports()));
    assertEquals(0, result.errorCount());
    assertEquals(
        List.of(
            "spam | warning | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":15 | contains the spam word \"皇冠足球比分\" (gambling or pornography spam)"),
        describe(result));
  }

  @Test
  void reportsLinkHiddenOffScreenAfterTheBuild() {
    assertEquals(
        List.of(
            "hidden_link | error | "
                + QINGXI_PAGE
                + " |  | hidden link to \"https://yule.example.com/\" (\"娱乐城\"; off-screen"
                + " left:-9999px on an enclosing <div>)",
            "external_link | warning | "
                + QINGXI_PAGE
                + " |  | links to https://yule.example.com/ on another site (listed, not fetched)"),
        findings("invalid-hidden-link"));
  }

  @Test
  void reportsScriptFromHostNotOnTheAllowList() {
    assertEquals(
        List.of(
            "foreign_script | error | index.html |  | loads a script from evil.example.net"
                + " (https://evil.example.net/jump.js), which is not on the allow-list"),
        findings("invalid-foreign-script"));
  }

  @Test
  void reportsIdMobileAndBankCardMaskedUnlessTheReportAllowsThem() {
    assertEquals(
        List.of(
            "personal_data | error | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":15 | shows a mobile number (138****5678)",
            "personal_data | error | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":17 | shows a bank card number (6222***********0128)",
            "personal_data | error | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":17 | shows a resident ID number (110105********002X)"),
        findings("invalid-personal-data"));
  }

  @Test
  void reportsBookmarkLoneLetterPlaceholderAndTrialTail() {
    String prefix = "residue | error | " + QINGXI_PAGE + " | " + QINGXI_MD;
    assertEquals(
        List.of(
            prefix
                + ":13 | contains Word bookmark residue: \"[bookmark: _GoBack]\" in"
                + " \"[bookmark: _GoBack]20\"",
            prefix + ":15 | contains a lone Latin letter in Chinese text: \"A\" in \"镇以A新时\"",
            prefix + ":15 | contains a placeholder: \"XX\" in \"，在XX社区\"",
            prefix + ":37 | contains the 试读结束 tail of an essay site: \"试读结束\" in \"..试读结束..\""),
        findings("invalid-residue"));
  }

  @Test
  void reportsFutureDateWrittenAfterPublishedWrongIndexYearAndDuplicateIndexNumber() {
    assertEquals(
        List.of(
            "date_sanity | error | reports/2024/dongba-2024.html |"
                + " content/reports/2024/dongba-2024.md:4 | publication date 2025-03-01 is in the"
                + " future (today is 2025-02-01)",
            "date_sanity | error | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":5 | written date (成文日期) 2025-01-30 is after the publication date 2025-01-25",
            "date_sanity | error | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":6 | 索引号 11441602730470987N/2024-00002 has year 2024 but the page was published"
                + " in 2025",
            "date_sanity | error | reports/2024/shiping-2024.html |"
                + " content/reports/2024/shiping-2024.md:6 | 索引号 11441602730470987N/2025-00001"
                + " is also the number of reports/2024/dongba-2024.html"),
        findings("invalid-date-sanity"));
  }

  @Test
  void warnsAboutReportPublishedAfter31March() {
    assertEquals(
        List.of(
            "deadline | warning | reports/2023/qingxi-2023.html |"
                + " content/reports/2023/qingxi-2023.md:4 | the 2023 法治政府建设年度报告 was published on"
                + " 2024-05-10, after the legal deadline 2024-03-31"),
        findings("invalid-deadline"));
  }

  @Test
  void warnsAboutMissingYearsSinceTheTownshipsFirstReportNamingAnExistingDraft() {
    // 石坪镇's first report is for 2024 (not yet due for 2025): nothing is missing there.
    assertEquals(
        List.of(
            "missing_report | warning | townships/qingxizhen.html |"
                + " content/reports/2023/qingxi-2023.md:3 | 源城区 清溪镇 has no published"
                + " 法治政府建设年度报告 for 2023 (due by 2024-03-31); a draft exists"),
        findings("invalid-missing-report"));
  }

  @Test
  void oneReportFrom2008ExpectsReportsOnlyFromItsOwnTownship() {
    List<String> expected = new java.util.ArrayList<>();
    for (int year = 2009; year <= 2021; year++) {
      expected.add(
          "missing_report | warning | townships/qingxizhen.html |  | 源城区 清溪镇 has no published"
              + " 法治政府建设年度报告 for "
              + year
              + " (due by "
              + (year + 1)
              + "-03-31)");
    }
    assertEquals(expected, findings("invalid-missing-report-2008"));
  }

  @Test
  void aConfiguredStartYearExpectsReportsFromThatYear() {
    assertEquals(
        List.of(
            "missing_report | warning | townships/shipingzhen.html |  | 源城区 石坪镇 has no published"
                + " 法治政府建设年度报告 for 2021 (due by 2022-03-31)",
            "missing_report | warning | townships/shipingzhen.html |  | 源城区 石坪镇 has no published"
                + " 法治政府建设年度报告 for 2022 (due by 2023-03-31)"),
        findings("invalid-missing-report-start-year"));
  }

  @Test
  void warnsWhenNewestHomeItemIsOlderThan14Days() {
    assertEquals(
        List.of(
            "stale_home | warning | index.html | "
                + QINGXI_MD
                + ":4 | the newest item on the home page is dated 2025-01-02, 30 days before"
                + " today (2025-02-01); inspection expects an update at least every 14 days"),
        findings("invalid-stale-home"));
  }

  @Test
  void warnsAboutMissingMandatedSectionsAtTheStartOfTheBody() {
    assertEquals(
        List.of(
            "mandated_sections | warning | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":13 | has no section \"其他需要报告的情况\" (looked for a heading with 其他需要报告,"
                + " 其他情况, 其他事项)",
            "mandated_sections | warning | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":13 | has no section \"存在的不足和原因\" (looked for a heading with 不足, 问题, 差距,"
                + " 短板)"),
        findings("invalid-mandated-sections"));
  }

  @Test
  void listsExternalLinksWithoutFetchingThem() {
    assertEquals(
        List.of(
            "external_link | warning | "
                + QINGXI_PAGE
                + " | "
                + QINGXI_MD
                + ":15 | links to https://www.gov.cn/zhengce/2021-08/11/content_5630802.htm on"
                + " another site (listed, not fetched)"),
        findings("invalid-external-link"));
  }

  @Test
  void rejectsUnknownRuleAndBadValuesNamingTheirLines() {
    CheckInput built = FixtureSite.build("invalid-check-config", tmp);
    InvalidContentException e =
        assertThrows(InvalidContentException.class, () -> FixtureSite.check(built));
    assertEquals(
        List.of(
            "jbake.properties:4: check.spam: \"fatal\" is not a severity (expected error, warning"
                + " or off)",
            "jbake.properties:5: check.stale_homepage: \"stale_homepage\" is not a check rule"
                + " (expected one of links, empty_column, undated, spam, hidden_link,"
                + " foreign_script, unsafe_url, personal_data, residue, page_furniture, date_sanity,"
                + " deadline, missing_report, stale_home, mandated_sections, external_link,"
                + " site_identity, or check.allowed_script_hosts,"
                + " check.stale_home_days, check.time_zone)",
            "jbake.properties:6: check.stale_home_days: \"two weeks\" is not a positive whole"
                + " number of days (expected e.g. 14)"),
        e.problems().stream().sorted().map(Problem::format).toList());
  }

  /** Guards against a fixture folder that no test builds (each name appears in a test above). */
  @Test
  void everyFixtureSiteHasATest() throws IOException {
    try (var dirs = Files.list(FixtureSite.fixture("valid-clean").getParent())) {
      assertEquals(
          List.of(
              "invalid-check-config",
              "invalid-date-sanity",
              "invalid-deadline",
              "invalid-empty-column",
              "invalid-external-link",
              "invalid-foreign-script",
              "invalid-hidden-link",
              "invalid-links",
              "invalid-mandated-sections",
              "invalid-missing-report",
              "invalid-missing-report-2008",
              "invalid-missing-report-start-year",
              "invalid-personal-data",
              "invalid-residue",
              "invalid-site-identity",
              "invalid-spam",
              "invalid-stale-home",
              "invalid-undated",
              "valid-clean",
              "valid-kinds",
              "valid-real-disclosure"),
          dirs.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
