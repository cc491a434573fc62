package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of the report format; each asserts path, line, field and the full message. */
class ReportValidatorTest {
  private static final cn.zwgk.publisher.problem.Messages EN =
      cn.zwgk.publisher.problem.Messages.of(cn.zwgk.publisher.problem.Language.EN);

  private static final String PATH = "content/reports/2024/puqianzhen-2024.md";

  /** A complete, valid published report; tests replace one line. */
  private static final String VALID =
      """
      title=埔前镇2024年法治政府建设年度报告
      type=report
      status=published
      date=2025-01-02
      written=2024-12-28
      index_number=11441602730470987N/2025-00002
      category=工作报告
      issuer=河源市源城区埔前镇人民政府
      township=埔前镇
      county=源城区
      year=2024
      doc_number=埔府〔2025〕1号
      subject_words=法治政府, 年度报告
      ~~~~~~
      ## 一、主要举措和成效
      """;

  private final List<Problem> problems = new ArrayList<>();

  private Optional<Report> validate(String path, String text, SiteConfig config) {
    SourceFile source =
        new SourceFileParser("~~~~~~")
            .parse(path, Path.of(path), text.getBytes(StandardCharsets.UTF_8), problems)
            .orElseThrow();
    return new ReportValidator(config).validate(source, problems);
  }

  private Optional<Report> validate(String text) {
    return validate(PATH, text, SiteConfig.parse(""));
  }

  private static String with(String key, String value) {
    return VALID.replaceFirst("(?m)^" + key + "=.*$", value == null ? "" : key + "=" + value);
  }

  private Problem onlyProblem() {
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  private void assertError(String text, String expected) {
    assertTrue(validate(text).isEmpty(), "expected the report to be rejected");
    Problem p = onlyProblem();
    assertTrue(p.isError());
    assertEquals(expected, p.format(EN));
  }

  @Test
  void acceptsCompleteReport() {
    Report r = validate(VALID).orElseThrow();
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals("reports/2024/puqianzhen-2024.html", r.uri());
    assertEquals(LocalDate.of(2025, 1, 2), r.publicationDate());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 28)), r.written());
    assertEquals(List.of("法治政府", "年度报告"), r.subjectWords());
    assertEquals(2024, r.reportYear());
    assertEquals(6, r.lineOf("index_number"));
    assertEquals(15, r.bodyLine());
  }

  @Test
  void keepsUnknownKeysForTemplates() {
    Report r =
        validate(VALID.replace("~~~~~~", "source_url=http://example.gov.cn/a.html\n~~~~~~"))
            .orElseThrow();
    assertEquals(Map.of("source_url", "http://example.gov.cn/a.html"), r.extra());
  }

  @Test
  void rejectsMissingTitle() {
    assertError(with("title", null), PATH + ": title: is missing");
  }

  @Test
  void rejectsEmptyTitle() {
    assertError(with("title", ""), PATH + ":1: title: is empty (expected a value)");
  }

  @Test
  void rejectsMissingType() {
    assertError(
        with("type", null),
        PATH
            + ": type: is missing (expected type=report, or one of report, disclosure-report, document)");
  }

  @Test
  void rejectsUnknownType() {
    assertError(
        with("type", "post"),
        PATH
            + ":2: type: \"post\" is not a known type (expected one of report, disclosure-report, document; kinds are set as"
            + " kind.<type>.* in jbake.properties)");
  }

  @Test
  void rejectsMissingStatus() {
    assertError(
        with("status", null),
        PATH + ": status: is missing (expected status=published or status=draft)");
  }

  @Test
  void rejectsUnknownStatus() {
    assertError(
        with("status", "public"),
        PATH + ":3: status: \"public\" is not a status (expected published or draft)");
  }

  @Test
  void rejectsDateInWrongShape() {
    assertError(
        with("date", "2025/01/02"),
        PATH + ":4: date: \"2025/01/02\" is not written as yyyy-MM-dd (write 2025-01-02)");
  }

  @Test
  void rejectsDateThatIsNotOnTheCalendar() {
    assertError(
        with("date", "2025-02-30"),
        PATH + ":4: date: \"2025-02-30\" is not a calendar date (expected yyyy-MM-dd)");
  }

  @Test
  void rejectsMonthThirteen() {
    assertError(
        with("date", "2025-13-02"),
        PATH + ":4: date: \"2025-13-02\" is not a calendar date (expected yyyy-MM-dd)");
  }

  @Test
  void rejectsMissingDateWhenPublished() {
    // Without a date the index-number year cannot be compared: only the missing date is reported.
    assertError(with("date", null), PATH + ": date: is missing (required when status=published)");
  }

  @Test
  void rejectsWrittenDateAfterPublication() {
    assertError(
        with("written", "2025-01-03"),
        PATH
            + ":5: written: \"2025-01-03\" is after the publication date 2025-01-02 (expected a written date on or before date)");
  }

  @Test
  void rejectsBadWrittenDate() {
    assertError(
        with("written", "2024-12-32"),
        PATH + ":5: written: \"2024-12-32\" is not a calendar date (expected yyyy-MM-dd)");
  }

  @Test
  void rejectsMissingIndexNumberWhenPublished() {
    assertError(
        with("index_number", null),
        PATH + ": index_number: is missing (required when status=published)");
  }

  @Test
  void rejectsIndexNumberOfWrongForm() {
    assertError(
        with("index_number", "11441602730470987N-2025-00002"),
        PATH
            + ":6: index_number: \"11441602730470987N-2025-00002\" is not a 索引号 of schemes"
            + " national-uscc = {uscc}/{year}-{serial:5}, national-org = {orgcode}/{year}-{serial:5}"
            + " (index_number.schemes.default in jbake.properties): expected \"/\" at character 19,"
            + " found \"-2025-00002\"");
  }

  @Test
  void rejectsIndexNumberWithWrongCheckDigit() {
    assertError(
        with("index_number", "11441602730470986N/2025-00002"),
        PATH
            + ":6: index_number: \"11441602730470986N/2025-00002\": check digit of issuer code"
            + " 11441602730470986N is wrong (expected a unified social credit code, GB 32100, as"
            + " issued)");
  }

  @Test
  void rejectsIndexNumberWithOrganisationCodeCheckDigitWrong() {
    assertError(
        with("index_number", "730470986/2025-00002"),
        PATH
            + ":6: index_number: \"730470986/2025-00002\": check digit of issuer code 730470986 is"
            + " wrong (expected an organisation code, GB 11714, as issued)");
  }

  @Test
  void acceptsIndexNumberWithOrganisationCode() {
    assertTrue(validate(with("index_number", "730470987/2025-00002")).isPresent());
  }

  @Test
  void rejectsIndexNumberYearOtherThanPublicationYear() {
    assertError(
        with("index_number", "11441602730470987N/2024-00002"),
        PATH
            + ":6: index_number: \"11441602730470987N/2024-00002\" has year 2024 but the publication"
            + " date is 2025-01-02 (expected the publication year 2025)");
  }

  @Test
  void usesConfiguredIndexNumberScheme() {
    SiteConfig yunnan =
        SiteConfig.parse(
            "index_number.scheme.yunnan={orgcode}-{year}-{serial:6}\n"
                + "index_number.schemes.default=yunnan\n");
    String text = with("index_number", "01527918X-2025-153077");
    assertTrue(validate(PATH, text, yunnan).isPresent(), problems.toString());
    assertTrue(validate(PATH, with("index_number", "01527918X-2024-153077"), yunnan).isEmpty());
  }

  @Test
  void rejectsMissingIssuerTownshipCountyYearWhenPublished() {
    for (String key : List.of("issuer", "township", "county", "year")) {
      problems.clear();
      assertError(
          with(key, null), PATH + ": " + key + ": is missing (required when status=published)");
    }
  }

  @Test
  void rejectsYearThatIsNotFourDigits() {
    assertError(
        with("year", "24"),
        PATH + ":11: year: \"24\" is not a year (expected 4 digits, the year the report covers)");
  }

  @Test
  void rejectsYearAfterPublicationYear() {
    assertTrue(validate(with("year", "2026")).isEmpty());
    assertEquals(
        List.of(
            PATH
                + ":11: year: \"2026\" is after the year of the publication date 2025-01-02 (expected the year the report covers, at most 2025)",
            PATH
                + ":11: warning: year: report covers 2026 but lives in content/reports/2024/ (expected the folder of the year it covers)"),
        problems.stream().sorted().map(p -> p.format(EN)).toList());
  }

  @Test
  void rejectsDocNumberWithSquareBrackets() {
    assertError(
        with("doc_number", "忠府办发[2025]26号"),
        PATH
            + ":12: doc_number: \"忠府办发[2025]26号\" has no year in 六角括号 (expected e.g. 忠府办发〔2025〕26号; write [2025] as 〔2025〕: 忠府办发〔2025〕26号)");
  }

  @Test
  void rejectsDocNumberWithParentheses() {
    assertError(
        with("doc_number", "忠府办发（2025）26号"),
        PATH
            + ":12: doc_number: \"忠府办发（2025）26号\" has no year in 六角括号 (expected e.g. 忠府办发〔2025〕26号; write （2025） as 〔2025〕: 忠府办发〔2025〕26号)");
  }

  @Test
  void rejectsFileOutsideReportsYearFolder() {
    assertTrue(validate("content/pq.md", VALID, SiteConfig.parse("")).isEmpty());
    assertEquals(
        "content/pq.md: path: report files live at content/reports/<year>/<name>.md with an ASCII name of"
            + " letters, digits, '.', '-' or '_' (the name becomes the page URL)",
        onlyProblem().format(EN));
  }

  @Test
  void rejectsNonAsciiFileName() {
    assertTrue(validate("content/reports/2024/埔前镇.md", VALID, SiteConfig.parse("")).isEmpty());
    assertEquals("path", onlyProblem().field());
  }

  @Test
  void draftMayLeaveRequiredFieldsEmptyButIsListedAsNeedingAnEditor() {
    String draft = with("status", "draft").replaceAll("(?m)^(date|index_number|township)=.*$", "");
    Report r = validate(draft).orElseThrow();
    assertEquals(ReportStatus.DRAFT, r.status());
    Problem p = onlyProblem();
    assertTrue(!p.isError());
    assertEquals(
        PATH
            + ":3: warning: status: draft needs an editor: date, index_number, township not yet stated (required before status=published)",
        p.format(EN));
  }

  @Test
  void draftStillHasWhatItStatesChecked() {
    assertError(
        with("status", "draft").replace("date=2025-01-02", "date=2025-02-30"),
        PATH + ":4: date: \"2025-02-30\" is not a calendar date (expected yyyy-MM-dd)");
  }

  @Test
  void reportsEveryProblemOfAFileAtOnce() {
    String text =
        with("date", "2025-13-01")
            .replace("type=report", "type=page")
            .replace("year=2024", "year=x");
    assertTrue(validate(text).isEmpty());
    assertEquals(
        List.of("type", "date", "year"), problems.stream().sorted().map(Problem::field).toList());
  }
}
