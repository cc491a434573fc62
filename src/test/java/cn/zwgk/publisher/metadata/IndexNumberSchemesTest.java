package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seven 索引号 forms of real disclosure pages, each written as a scheme template and validated
 * through a report header: a good number, a wrong check digit (forms with one), a wrong year and a
 * wrong width, each with its {@code path:line: field:} message. Real numbers: seed 003
 * (11441602730470987N/2025-00002, 河源市源城区埔前镇), the Yunnan form of docs DOMAIN notes
 * (01527918X-2020-153077) and 镇巴县人民政府工作规则 (6107280000/2024-001005,
 * http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml). For the
 * local-prefix, short-department, 15-digit and year-month forms no copy was found in the stored
 * pages; their numbers are made up in the shape DOMAIN notes record.
 */
class IndexNumberSchemesTest {
  private static final String PATH = "content/reports/2024/a.md";

  /** The problem of a report numbered {@code number}, published {@code date}; "" when valid. */
  private static String problem(String template, String number, String date) {
    SiteConfig config =
        SiteConfig.parse(
            "index_number.scheme.s=" + template + "\nindex_number.schemes.default=s\n");
    String text =
        String.join(
            "\n",
            "title=某文件",
            "type=document",
            "status=published",
            "date=" + date,
            "index_number=" + number,
            "issuer=某县人民政府",
            "county=某县",
            "~~~~~~",
            "正文");
    List<Problem> problems = new ArrayList<>();
    new SourceFileParser("~~~~~~")
        .parse(PATH, Path.of(PATH), text.getBytes(StandardCharsets.UTF_8), problems)
        .flatMap(s -> new ReportValidator(config).validate(s, problems));
    return String.join(
        "\n", problems.stream().filter(Problem::isError).map(Problem::format).toList());
  }

  private static String shape(String template, String number, String why) {
    return PATH
        + ":5: index_number: \""
        + number
        + "\" is not a 索引号 of scheme s = "
        + template
        + " (index_number.schemes.default in jbake.properties): "
        + why;
  }

  private static String year(String number, int stated, String date) {
    return PATH
        + ":5: index_number: \""
        + number
        + "\" has year "
        + stated
        + " but the publication date is "
        + date
        + " (expected the publication year "
        + date.substring(0, 4)
        + ")";
  }

  private static String checkDigit(String number, String code, String standard) {
    return PATH
        + ":5: index_number: \""
        + number
        + "\": check digit of issuer code "
        + code
        + " is wrong (expected "
        + standard
        + ", as issued)";
  }

  private static final String USCC = "a unified social credit code, GB 32100";
  private static final String ORG = "an organisation code, GB 11714";

  @Test
  void unifiedSocialCreditCodeSlashYearDashFiveDigits() {
    String t = "{uscc}/{year}-{serial:5}";
    assertEquals("", problem(t, "11441602730470987N/2025-00002", "2025-01-02"));
    assertEquals(
        checkDigit("11441602730470986N/2025-00002", "11441602730470986N", USCC),
        problem(t, "11441602730470986N/2025-00002", "2025-01-02"));
    assertEquals(
        year("11441602730470987N/2024-00002", 2024, "2025-01-02"),
        problem(t, "11441602730470987N/2024-00002", "2025-01-02"));
    assertEquals(
        shape(t, "11441602730470987N/2025-0002", "serial \"0002\" has 4 digits (expected 5)"),
        problem(t, "11441602730470987N/2025-0002", "2025-01-02"));
  }

  @Test
  void organisationCodeSlashYearDashFiveDigits() {
    String t = "{orgcode}/{year}-{serial:5}";
    assertEquals("", problem(t, "730470987/2025-00002", "2025-01-02"));
    assertEquals(
        checkDigit("730470986/2025-00002", "730470986", ORG),
        problem(t, "730470986/2025-00002", "2025-01-02"));
    assertEquals(
        year("730470987/2024-00002", 2024, "2025-01-02"),
        problem(t, "730470987/2024-00002", "2025-01-02"));
    assertEquals(
        shape(t, "730470987/2025-000002", "serial \"000002\" has 6 digits (expected 5)"),
        problem(t, "730470987/2025-000002", "2025-01-02"));
  }

  @Test
  void organCodeDashYearDashSixDigits() {
    String t = "{orgcode}-{year}-{serial:6}";
    assertEquals("", problem(t, "01527918X-2020-153077", "2020-06-01"));
    assertEquals(
        checkDigit("015279180-2020-153077", "015279180", ORG),
        problem(t, "015279180-2020-153077", "2020-06-01"));
    assertEquals(
        year("01527918X-2019-153077", 2019, "2020-06-01"),
        problem(t, "01527918X-2019-153077", "2020-06-01"));
    assertEquals(
        shape(t, "01527918X-2020-15307", "serial \"15307\" has 5 digits (expected 6)"),
        problem(t, "01527918X-2020-15307", "2020-06-01"));
  }

  @Test
  void tenDigitRegionCodeSlashYearDashSixDigits() {
    String t = "{digits:10}/{year}-{serial:6}";
    assertEquals("", problem(t, "6107280000/2024-001005", "2024-04-06"));
    assertEquals(
        year("6107280000/2023-001005", 2023, "2024-04-06"),
        problem(t, "6107280000/2023-001005", "2024-04-06"));
    assertEquals(
        shape(t, "610728000/2024-001005", "digits \"610728000\" has 9 digits (expected 10)"),
        problem(t, "610728000/2024-001005", "2024-04-06"));
  }

  @Test
  void localOrganPrefixWithItsOwnSegments() {
    String t = "{code:7}-{digits:4}-{year}-{serial:4}";
    assertEquals("", problem(t, "GD00123-0105-2025-0017", "2025-01-02"));
    assertEquals(
        year("GD00123-0105-2024-0017", 2024, "2025-01-02"),
        problem(t, "GD00123-0105-2024-0017", "2025-01-02"));
    assertEquals(
        shape(t, "GD0012-0105-2025-0017", "code \"GD0012\" has 6 characters (expected 7)"),
        problem(t, "GD0012-0105-2025-0017", "2025-01-02"));
  }

  @Test
  void shortDepartmentCodeSlashYearDashSerial() {
    String t = "{code:4}/{year}-{serial:3}";
    assertEquals("", problem(t, "A001/2025-017", "2025-01-02"));
    assertEquals(
        year("A001/2024-017", 2024, "2025-01-02"), problem(t, "A001/2024-017", "2025-01-02"));
    assertEquals(
        shape(t, "A001/2025-17", "serial \"17\" has 2 digits (expected 3)"),
        problem(t, "A001/2025-17", "2025-01-02"));
  }

  @Test
  void fifteenDigitCodeSlashYearDashSerial() {
    String t = "{digits:15}/{year}-{serial:5}";
    assertEquals("", problem(t, "441602000012345/2025-00001", "2025-01-02"));
    assertEquals(
        year("441602000012345/2024-00001", 2024, "2025-01-02"),
        problem(t, "441602000012345/2024-00001", "2025-01-02"));
    assertEquals(
        shape(
            t,
            "44160200001234/2025-00001",
            "digits \"44160200001234\" has 14 digits (expected 15)"),
        problem(t, "44160200001234/2025-00001", "2025-01-02"));
  }

  @Test
  void unifiedSocialCreditCodeSlashYearMonthDashSerial() {
    String t = "{uscc}/{yearmonth}-{serial:4}";
    assertEquals("", problem(t, "11441602730470987N/202501-0003", "2025-01-02"));
    assertEquals(
        checkDigit("11441602730470986N/202501-0003", "11441602730470986N", USCC),
        problem(t, "11441602730470986N/202501-0003", "2025-01-02"));
    assertEquals(
        PATH
            + ":5: index_number: \"11441602730470987N/202412-0003\" has year and month 202412 but"
            + " the publication date is 2025-01-02 (expected the publication year and month"
            + " 202501)",
        problem(t, "11441602730470987N/202412-0003", "2025-01-02"));
    assertEquals(
        shape(
            t, "11441602730470987N/2025-0003", "year and month \"2025\" has 4 digits (expected 6)"),
        problem(t, "11441602730470987N/2025-0003", "2025-01-02"));
  }

  @Test
  void twoDefaultSchemesReportTheOneTheNumberFitsLongest() {
    String number = "11441602730470987N-2025-00002";
    SiteConfig shipped = SiteConfig.parse("");
    List<Problem> problems = new ArrayList<>();
    IndexNumberSchemes schemes = IndexNumberSchemes.of(shipped);
    assertEquals(
        "expected \"/\" at character 19, found \"-2025-00002\"",
        schemes.read(number, schemes.defaults()).problem().toString());
    assertEquals(
        "第 19 个字符处应为“/”，实际是“-2025-00002”",
        schemes
            .read(number, schemes.defaults())
            .problem()
            .render(cn.zwgk.publisher.problem.Messages.DEFAULT));
    assertEquals(List.of(), problems);
  }

  @Test
  void aTemplateCannotFallIntoTheBackslashTrap() {
    // Properties turns \d into d: the regular expression arrives without its backslashes.
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () ->
                IndexNumberSchemes.of(
                    SiteConfig.parse("\n\nindex_number.scheme.yn=[0-9A-Z]{8}[0-9X]-d{4}-d{6}\n")));
    assertEquals(
        "jbake.properties:3: index_number.scheme.yn: \"{8}\" in \"[0-9A-Z]{8}[0-9X]-d{4}-d{6}\" is"
            + " not a token (expected {uscc}, {orgcode}, {code:N}, {digits:N}, {year}, {yearmonth}"
            + " or {serial:N}; a scheme is a template, not a regular expression)",
        e.problems().get(0).format());
  }

  @Test
  void theOldPatternKeyFailsSayingHowToConvertIt() {
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () -> IndexNumberSchemes.of(SiteConfig.parse("index_number.pattern=^x$\n")));
    assertEquals(
        "jbake.properties:1: index_number.pattern: is no longer read (write the form as a"
            + " template instead, e.g. index_number.scheme.yunnan={orgcode}-{year}-{serial:6} and"
            + " index_number.schemes.default=yunnan; tokens {uscc} {orgcode} {code:N} {digits:N}"
            + " {year} {yearmonth} {serial:N}, nothing to escape)",
        e.problems().get(0).format());
  }

  @Test
  void unknownDefaultSchemeNamesTheKnownOnes() {
    InvalidContentException e =
        assertThrows(
            InvalidContentException.class,
            () -> IndexNumberSchemes.of(SiteConfig.parse("index_number.schemes.default=gd\n")));
    assertEquals(
        "jbake.properties:1: index_number.schemes.default: \"gd\" is not a scheme (expected one"
            + " of national-org, national-uscc, or a scheme set as index_number.scheme.gd=TEMPLATE"
            + " in jbake.properties)",
        e.problems().get(0).format());
  }

  @Test
  void formatsTheNumberItReads() {
    IndexNumberScheme s = IndexNumberScheme.parse("local", "{code:7}-{digits:4}-{year}-{serial:4}");
    assertEquals("GD00123-0105-2025-0017", s.format("GD00123-0105", 2025, 1, 17));
    assertEquals("GD00123-0105", s.read("GD00123-0105-2025-0017", true).match().get().code());
  }
}
