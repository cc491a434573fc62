package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.annualreport.DisclosureReportRules;
import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.HeaderField;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a parsed source file into a {@link Report}, checking every rule of the report format.
 * Published reports must carry every required field; drafts may leave fields empty (an editor
 * completes them) but whatever a draft states must be well-formed. Thread-safe.
 */
public final class ReportValidator {
  /**
   * Header keys of the schema in the national field order in which files are written; any other key
   * is passed to templates unchanged.
   */
  public static final List<String> HEADER_KEYS =
      List.of(
          "title",
          "type",
          "status",
          "date",
          "written",
          "index_number",
          "category",
          "issuer",
          "township",
          "county",
          "year",
          "doc_number",
          "subject_words");

  /** Known keys written only when a document has them: {@code genre=} (体裁, e.g. 通知). */
  public static final List<String> OPTIONAL_KEYS = List.of("genre");

  /**
   * Required when published; a draft missing them is listed as needing an editor. {@code township}
   * only for a township issuer and {@code year} only for annual kinds (see {@link
   * #requiredWhenPublished}).
   */
  public static final List<String> REQUIRED_WHEN_PUBLISHED =
      List.of("date", "index_number", "issuer", "township", "county", "year");

  /** Every key and alias an editor may write, the candidates of a typo suggestion. */
  private static final List<String> KNOWN_KEYS = knownKeys();

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR_SHAPE = Pattern.compile("\\d{4}");
  private static final Pattern REPORT_PATH =
      Pattern.compile("content/reports/(\\d{4})/([A-Za-z0-9][A-Za-z0-9._-]*)\\.md");
  private static final Pattern DOC_NUMBER_YEAR = Pattern.compile("〔(\\d{4})〕");
  private static final Pattern DOC_NUMBER_WRONG_BRACKETS =
      Pattern.compile("[\\[(（【〈［](\\d{4})[\\])）】〉］]");

  private final ReportKinds kinds;
  private final IndexNumberSchemes schemes;
  private final Issuers issuers;
  private final AttachmentRules attachmentRules = new AttachmentRules();
  private final BodyRules bodyRules = new BodyRules();
  private final BodyNesting bodyNesting = new BodyNesting();
  // Seam (issue 15): the national tables of a 政府信息公开工作年度报告.
  private final DisclosureReportRules disclosureRules = new DisclosureReportRules();

  /** A validator that knows no registered issuer: every issuer uses the default schemes. */
  public ReportValidator(SiteConfig config) {
    this(config, Issuers.empty());
  }

  /** A validator that reads each issuer's level and 索引号 scheme from {@code issuers}. */
  public ReportValidator(SiteConfig config, Issuers issuers) {
    this.kinds = ReportKinds.of(config);
    this.schemes = IndexNumberSchemes.of(config);
    this.issuers = issuers;
  }

  /**
   * The fields a published report of {@code kind} by an issuer of {@code level} must state: {@code
   * township} only for townships, {@code year} only for annual kinds.
   */
  public static List<String> requiredWhenPublished(ReportKind kind, IssuerLevel level) {
    return REQUIRED_WHEN_PUBLISHED.stream()
        .filter(k -> !k.equals("township") || level == IssuerLevel.TOWNSHIP)
        .filter(k -> !k.equals("year") || kind.annual())
        .toList();
  }

  /** The report, or empty when it has errors; every problem found is added to {@code problems}. */
  public Optional<Report> validate(SourceFile source, List<Problem> problems) {
    Check check = new Check(source, problems);
    String uri = check.uri();
    Optional<ReportStatus> status = check.status();
    boolean published = status.orElse(ReportStatus.DRAFT) == ReportStatus.PUBLISHED;
    // A draft may lack its title: an import states none rather than inventing one.
    String title = published ? check.required("title") : check.text("title");
    Optional<ReportKind> kind = check.type();
    Optional<LocalDate> date = check.date("date");
    Optional<LocalDate> written = check.date("written");
    Optional<Integer> year = check.year();
    String indexNumber = check.text("index_number");
    String docNumber = check.text("doc_number");
    String township = check.text("township");
    String county = check.text("county");
    String issuerName = check.text("issuer");
    Optional<Issuer> registered = issuers.of(county, township, issuerName);
    // A township issuer that left out its township is still a township: township is required.
    IssuerLevel level =
        registered
            .or(() -> issuers.named(issuerName))
            .map(Issuer::level)
            .orElse(IssuerLevel.inferred(township, issuerName));
    if (kind.isPresent() && !kind.get().annual() && year.isEmpty() && date.isPresent()) {
      // A document covers no year of its own: it is listed under the year it was published.
      year = Optional.of(date.get().getYear());
    }

    kind.ifPresent(k -> check.requiredFields(published, k, level));
    kind.ifPresent(k -> check.genre(k));
    check.writtenNotAfterDate(written, date);
    check.yearNotAfterDate(year, date);
    check.indexNumber(indexNumber, date, registered);
    check.docNumber(docNumber);
    check.folderYear(year);
    check.unknownKeys();
    List<LinkedFile> attachments = attachmentRules.check(source, uri, problems);
    // A body too deep for Flexmark is not parsed again for its images.
    List<LinkedFile> images =
        bodyNesting.check(source, problems) ? bodyRules.check(source, uri, problems) : List.of();
    if (DisclosureReportRules.applies(source)) {
      if (published) {
        disclosureRules.check(source, problems);
      } else {
        // A draft's tables may still be incomplete (`new` starts one without figures): what is
        // wrong with them is shown, and becomes an error once it is published.
        List<Problem> tables = new ArrayList<>();
        disclosureRules.check(source, tables);
        for (Problem p : tables) {
          problems.add(Problem.warning(p.path(), p.line(), p.field(), p.message()));
        }
      }
    }

    if (check.failed()) {
      return Optional.empty();
    }
    Map<String, String> extra = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (HeaderField f : source.header().values()) {
      lines.put(f.key(), f.line());
      if (!HEADER_KEYS.contains(f.key())) {
        extra.put(f.key(), f.value());
      }
    }
    // Optional and known, but not one of the fields every report file is written with.
    extra.remove(AttachmentRules.KEY);
    OPTIONAL_KEYS.forEach(extra::remove);
    return Optional.of(
        new Report(
            source.path(),
            source.file(),
            uri,
            title,
            status.orElseThrow(),
            date,
            written,
            indexNumber,
            check.text("category"),
            check.text("issuer"),
            check.text("township"),
            check.text("county"),
            year,
            docNumber,
            subjectWords(check.text("subject_words")),
            extra,
            lines,
            source.bodyLine(),
            attachments,
            images,
            kind.orElseThrow().type(),
            check.text("genre"),
            level,
            registered.map(Issuer::parent).orElse("")));
  }

  private static List<String> knownKeys() {
    List<String> keys = new ArrayList<>(HEADER_KEYS);
    keys.add(AttachmentRules.KEY);
    keys.addAll(
        new java.util.TreeSet<>(cn.zwgk.publisher.content.HeaderKeyAliases.ALIASES.keySet()));
    return List.copyOf(keys);
  }

  static List<String> subjectWords(String value) {
    return Arrays.stream(value.split("[,，、;；]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** The checks of one file, sharing its problem list; counts the errors it adds. */
  private final class Check {
    private final SourceFile source;
    private final List<Problem> problems;
    private final int before;
    private Matcher pathMatch;

    Check(SourceFile source, List<Problem> problems) {
      this.source = source;
      this.problems = problems;
      this.before = (int) problems.stream().filter(Problem::isError).count();
    }

    boolean failed() {
      return problems.stream().filter(Problem::isError).count() > before;
    }

    void error(String key, String message) {
      problems.add(Problem.error(source.path(), line(key), key, message));
    }

    void warning(String key, String message) {
      problems.add(Problem.warning(source.path(), line(key), key, message));
    }

    void error(String key, Text text) {
      problems.add(Problem.error(source.path(), line(key), key, text));
    }

    void warning(String key, Text text) {
      problems.add(Problem.warning(source.path(), line(key), key, text));
    }

    /** A key of the message for a field that is absent, or present but empty. */
    String missingOrEmpty(String key) {
      return source.field(key).isPresent() ? "empty" : "missing";
    }

    int line(String key) {
      return source.field(key).map(HeaderField::line).orElse(0);
    }

    String text(String key) {
      return source.field(key).map(HeaderField::value).orElse("");
    }

    String uri() {
      pathMatch = REPORT_PATH.matcher(source.path());
      if (!pathMatch.matches()) {
        problems.add(Problem.error(source.path(), 0, "path", Text.of("metadata.path")));
        return "";
      }
      return "reports/" + pathMatch.group(1) + "/" + pathMatch.group(2) + ".html";
    }

    String required(String key) {
      String value = text(key);
      if (value.isEmpty()) {
        error(key, Text.of("metadata.required." + missingOrEmpty(key)));
      }
      return value;
    }

    Optional<ReportKind> type() {
      String type = text("type");
      if (type.isEmpty()) {
        error(
            "type",
            Text.of(
                source.field("type").isPresent() ? "metadata.type.empty" : "metadata.type.missing",
                kinds.types()));
        return Optional.empty();
      }
      Optional<ReportKind> kind = kinds.kind(type);
      if (kind.isEmpty()) {
        error("type", Text.of("metadata.type.unknown", type, kinds.types()));
      }
      return kind;
    }

    void genre(ReportKind kind) {
      String genre = text("genre");
      if (!genre.isEmpty() && !kind.genres().isEmpty() && !kind.genres().contains(genre)) {
        error(
            "genre",
            Text.of(
                "metadata.genre.unknown", genre, kind.name(), String.join(", ", kind.genres())));
      }
    }

    Optional<ReportStatus> status() {
      String status = text("status");
      switch (status) {
        case "published":
          return Optional.of(ReportStatus.PUBLISHED);
        case "draft":
          return Optional.of(ReportStatus.DRAFT);
        case "":
          error("status", Text.of("metadata.status." + missingOrEmpty("status")));
          return Optional.empty();
        default:
          error("status", Text.of("metadata.status.unknown", status));
          return Optional.empty();
      }
    }

    Optional<LocalDate> date(String key) {
      String value = text(key);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (!DATE_SHAPE.matcher(value).matches()) {
        error(key, DateSpelling.whyNotIso(value));
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(value, ISO_DATE));
      } catch (DateTimeParseException e) {
        error(key, Text.of("metadata.date.not_calendar", value));
        return Optional.empty();
      }
    }

    Optional<Integer> year() {
      String value = text("year");
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (!YEAR_SHAPE.matcher(value).matches()) {
        error(
            "year",
            DateSpelling.hasFullWidthDigits(value)
                ? Text.of("metadata.fullwidth_digits", value, DateSpelling.halfWidth(value))
                : Text.of("metadata.year.not_year", value));
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(value));
    }

    void requiredFields(boolean published, ReportKind kind, IssuerLevel level) {
      List<String> missing = new ArrayList<>();
      for (String key : requiredWhenPublished(kind, level)) {
        if (text(key).isEmpty()) {
          missing.add(key);
        }
      }
      if (missing.isEmpty()) {
        return;
      }
      if (published) {
        for (String key : missing) {
          Optional<HeaderField> typo = typoOf(key);
          if (typo.isPresent()) {
            problems.add(
                Problem.error(
                    source.path(),
                    typo.get().line(),
                    key,
                    Text.of("metadata.published_requires.typo", typo.get().key(), key)));
          } else {
            error(key, Text.of("metadata.published_requires." + missingOrEmpty(key)));
          }
        }
      } else {
        warning("status", Text.of("metadata.draft_incomplete", String.join(",", missing)));
      }
    }

    void writtenNotAfterDate(Optional<LocalDate> written, Optional<LocalDate> date) {
      if (written.isPresent() && date.isPresent() && written.get().isAfter(date.get())) {
        error("written", Text.of("metadata.written_after_date", written.get(), date.get()));
      }
    }

    void yearNotAfterDate(Optional<Integer> year, Optional<LocalDate> date) {
      if (year.isPresent() && date.isPresent() && year.get() > date.get().getYear()) {
        error(
            "year",
            Text.of("metadata.year_after_date", year.get(), date.get(), date.get().getYear()));
      }
    }

    void indexNumber(String value, Optional<LocalDate> date, Optional<Issuer> issuer) {
      if (value.isEmpty()) {
        return;
      }
      List<IndexNumberScheme> own =
          issuer.map(i -> schemes.named(i.scheme())).orElse(schemes.defaults());
      IndexNumberScheme.Reading reading = schemes.read(value, own);
      if (!reading.fits()) {
        error(
            "index_number",
            DateSpelling.hasFullWidthDigits(value)
                ? Text.of("metadata.fullwidth_digits", value, DateSpelling.halfWidth(value))
                : reading.checkDigit()
                    ? Text.of("metadata.index_number.check_digit", value, reading.problem())
                    : Text.of(
                        "metadata.index_number.scheme",
                        value,
                        describe(own, issuer),
                        reading.problem()));
        return;
      }
      IndexNumberScheme.Match m = reading.match().orElseThrow();
      if (date.isEmpty() || m.year() == 0) {
        return;
      }
      LocalDate d = date.get();
      if (m.month() > 0 && (m.year() != d.getYear() || m.month() != d.getMonthValue())) {
        String stated = String.format("%04d%02d", m.year(), m.month());
        String expected = String.format("%04d%02d", d.getYear(), d.getMonthValue());
        error(
            "index_number",
            Text.of("metadata.index_number.year_month", value, stated, d, expected));
      } else if (m.year() != d.getYear()) {
        error(
            "index_number", Text.of("metadata.index_number.year", value, m.year(), d, d.getYear()));
      }
    }

    private String describe(List<IndexNumberScheme> own, Optional<Issuer> issuer) {
      String names =
          own.size() == 1
              ? "scheme " + own.get(0).describe()
              : "schemes "
                  + String.join(", ", own.stream().map(IndexNumberScheme::describe).toList());
      return names
          + (issuer.isPresent() && !issuer.get().scheme().isEmpty()
              ? " (the scheme of " + issuer.get().name() + " in " + Issuers.PATH + ")"
              : " (" + IndexNumberSchemes.DEFAULTS_KEY + " in jbake.properties)");
    }

    void docNumber(String value) {
      if (value.isEmpty() || DOC_NUMBER_YEAR.matcher(value).find()) {
        return;
      }
      Matcher wrong = DOC_NUMBER_WRONG_BRACKETS.matcher(value);
      error(
          "doc_number",
          wrong.find()
              ? Text.of(
                  "metadata.doc_number.brackets",
                  value,
                  wrong.group(),
                  value.replace(wrong.group(), "〔" + wrong.group(1) + "〕"),
                  wrong.group(1))
              : Text.of("metadata.doc_number.no_year", value));
    }

    /**
     * The unknown key in the header that is most likely a misspelling of the absent {@code key}.
     */
    Optional<HeaderField> typoOf(String key) {
      if (source.field(key).isPresent()) {
        return Optional.empty();
      }
      return source.header().values().stream()
          .filter(f -> !KNOWN_KEYS.contains(f.key()))
          .filter(f -> NearestKey.of(f.key(), KNOWN_KEYS).filter(key::equals).isPresent())
          .findFirst();
    }

    /** Warns of every key the schema does not know, naming the nearest known key or alias. */
    void unknownKeys() {
      for (HeaderField f : source.header().values()) {
        if (!HEADER_KEYS.contains(f.key()) && !AttachmentRules.KEY.equals(f.key())) {
          problems.add(
              Problem.warning(
                  source.path(),
                  f.line(),
                  f.key(),
                  NearestKey.of(f.key(), KNOWN_KEYS)
                      .map(k -> Text.of("metadata.unknown_key.suggest", f.key(), k))
                      .orElse(Text.of("metadata.unknown_key", f.key()))));
        }
      }
    }

    void folderYear(Optional<Integer> year) {
      if (pathMatch != null
          && pathMatch.matches()
          && year.isPresent()
          && !pathMatch.group(1).equals(String.valueOf(year.get()))) {
        warning("year", Text.of("metadata.year_folder", year.get(), pathMatch.group(1)));
      }
    }
  }
}
