package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.annualreport.DisclosureReportRules;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import cn.zwgk.publisher.metadata.PinyinSlug;
import cn.zwgk.publisher.metadata.ReportValidator;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Imports one input: reads it (text, disclosure page or Word file), applies the editor's
 * completions, cuts the advertising tail, reports spam and placeholders, removes conversion
 * residue, reads the title block and the stated metadata, and writes the body as Markdown. The
 * result always passes the report validator: a stated value the validator rejects is left empty and
 * reported, and a report that lacks a required value or has a finding is a draft. No file is
 * written here. Thread-safe.
 */
public final class ReportImporter {
  /** Fields a published report needs (the report format's rule); a draft may leave them empty. */
  static final List<String> REQUIRED = ReportValidator.REQUIRED_WHEN_PUBLISHED;

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?…”」』）)]$");

  private static final Pattern RUNNING_TEXT = Pattern.compile("[，,、]");

  private final ImportSettings settings;
  private final SpamDetector spam;
  private final ReportValidator validator;

  public ReportImporter(ImportSettings settings) {
    this.settings = settings;
    this.spam = new SpamDetector(settings.spamWords());
    this.validator = new ReportValidator(settings.config());
  }

  /** Reads {@code bytes} by what they are: a .docx (zip), an HTML page, or text. */
  public static SourceDocument read(String path, byte[] bytes) {
    if (DocxReader.looksLikeZip(bytes)) {
      return DocxReader.read(path, bytes);
    }
    if (bytes.length >= 8
        && (bytes[0] & 0xff) == 0xD0
        && (bytes[1] & 0xff) == 0xCF
        && (bytes[2] & 0xff) == 0x11
        && (bytes[3] & 0xff) == 0xE0) {
      throw TextDecoder.unreadable(path, Text.of("import.input.doc"));
    }
    if (ScrapedPageReader.looksLikeHtml(bytes)) {
      return ScrapedPageReader.read(path, bytes);
    }
    return PlainTextReader.read(path, bytes);
  }

  /** Imports the input {@code path} (as named to the user) with its bytes and completion. */
  public ImportedReport importReport(String path, byte[] bytes, Optional<Completion> completion) {
    SourceDocument doc = read(path, bytes);
    List<Removal> removals = new ArrayList<>(doc.removals());
    List<Text> notes = new ArrayList<>();
    List<SourceBlock> blocks = doc.blocks();
    if (completion.isPresent()) {
      blocks = completion.get().apply(blocks, notes);
    }
    int before = removals.size();
    blocks = ResidueRemover.removeAdvertTail(blocks, removals);
    List<Finding> findings = new ArrayList<>();
    truncation(blocks, removals.size() > before).ifPresent(findings::add);
    findings.addAll(detect(blocks, doc));
    blocks = ResidueRemover.removeInline(blocks, removals);
    blocks = ParagraphSplitter.split(blocks, notes, findings);
    if (blocks.isEmpty()) {
      throw TextDecoder.unreadable(path, Text.of("import.input.nothing_left"));
    }
    // A page that states its title (a 名称 field, a title line) keeps the lines under it: they are
    // the document's own (its red head, its issuing bodies), not a title block to cut.
    boolean pageTitle =
        !doc.pageValue("名称").isEmpty() || !doc.pageValue(ScrapedTextReader.TITLE_LINE).isEmpty();
    TitleBlock titleBlock =
        pageTitle
            ? new TitleBlock("", Optional.empty(), List.of(), "", 0)
            : TitleBlockReader.read(blocks);
    List<SourceBlock> body = blocks.subList(titleBlock.bodyStart(), blocks.size());
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, SourcePosition> stated = new LinkedHashMap<>();
    new HeaderAssembler(doc, titleBlock, body, notes).fill(header, stated);
    completion.ifPresent(
        c ->
            c.header()
                .forEach(
                    (key, value) -> {
                      notes.add(Text.of("import.note.completion", c.path(), key, value));
                      header.put(key, value);
                    }));
    abbreviatedIssuer(header).ifPresent(notes::add);
    compareWithRegistry(header, notes);
    // Seam (issue 15): a 政府信息公开工作年度报告 gets its tables in the editor's form, checked.
    boolean disclosure = DisclosureBodyWriter.applies(header.getOrDefault("title", ""), body);
    DisclosureBodyWriter.Result tables = disclosure ? DisclosureBodyWriter.write(body) : null;
    String markdown = disclosure ? tables.markdown() : MarkdownBodyWriter.write(body);
    if (disclosure) {
      header.put("type", DisclosureReportRules.TYPE);
    }
    String name = fileName(header, path);
    validate(header, markdown, name, stated, findings, notes);
    if (disclosure) {
      tableFindings(header, markdown, name, tables, findings);
    }
    List<String> missing =
        REQUIRED.stream().filter(k -> header.getOrDefault(k, "").isEmpty()).toList();
    boolean complete = missing.isEmpty() && findings.isEmpty();
    if (completion.isEmpty() || !completion.get().header().containsKey("status") || !complete) {
      header.put("status", complete ? "published" : "draft");
    }
    findings.sort(
        java.util.Comparator.comparingInt((Finding f) -> f.at().line())
            .thenComparingInt(f -> f.at().column()));
    return new ImportedReport(
        path,
        doc.format(),
        doc.encoding(),
        header,
        markdown,
        name,
        removals,
        findings,
        notes,
        missing);
  }

  private List<Finding> detect(List<SourceBlock> blocks, SourceDocument doc) {
    List<Finding> findings = new ArrayList<>();
    for (PageField f : doc.pageFields().values()) {
      findings.addAll(spam.scan(f.value(), f.at()));
    }
    for (SourceBlock b : blocks) {
      if (b instanceof Paragraph p) {
        findings.addAll(spam.scan(p.text(), p.at()));
        findings.addAll(PlaceholderDetector.scan(p.text(), p.at()));
      } else {
        for (List<String> row : ((SourceBlock.Table) b).rows()) {
          for (String cell : row) {
            findings.addAll(spam.scan(cell, b.at()));
            findings.addAll(PlaceholderDetector.scan(cell, b.at()));
          }
        }
      }
    }
    return findings;
  }

  /**
   * A finding when the text stops mid-sentence: its last paragraph is running text (it has a comma)
   * without a sentence end. Closing lines (a date, a signature) and tables are not running text.
   */
  private static Optional<Finding> truncation(List<SourceBlock> blocks, boolean advertTail) {
    if (blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof Paragraph last)) {
      return Optional.empty();
    }
    String text = last.text();
    if (SENTENCE_END.matcher(text).find()
        || !advertTail && (text.length() < 20 || !RUNNING_TEXT.matcher(text).find())) {
      return Optional.empty();
    }
    String tail = text.substring(Math.max(0, text.length() - 12));
    return Optional.of(
        new Finding(
            last.at().plus(text.length() - 1),
            "truncated",
            Text.of(advertTail ? "importer.truncated.advert" : "importer.truncated", tail)));
  }

  /** A note when the issuer names a township but no county: 发布机构 is the full name. */
  private static Optional<Text> abbreviatedIssuer(Map<String, String> header) {
    String issuer = header.get("issuer");
    ReportFieldReader.Place place = ReportFieldReader.placeOf(issuer);
    if (issuer.isEmpty() || place.township().isEmpty() || !place.county().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        header.get("county").isEmpty()
            ? Text.of("import.note.abbreviated", issuer)
            : Text.of("import.note.abbreviated.example", issuer, header.get("county") + issuer));
  }

  private void compareWithRegistry(Map<String, String> header, List<Text> notes) {
    String township = header.getOrDefault("township", "");
    String issuer = header.getOrDefault("issuer", "");
    if (township.isEmpty() || issuer.isEmpty()) {
      return;
    }
    for (IssuerRegistry.Issuer entry : settings.issuers().find(township)) {
      if (!entry.name().equals(issuer)
          && (header.getOrDefault("county", "").isEmpty()
              || entry.county().equals(header.get("county")))) {
        notes.add(
            Text.of(
                "import.note.registry",
                issuer,
                entry.name(),
                township,
                IssuerRegistry.PATH + ":" + entry.line()));
      }
    }
  }

  /** {@code <township pinyin>-<year>}, or a name made from the input file name. */
  static String fileName(Map<String, String> header, String input) {
    String township = header.getOrDefault("township", "");
    String year = header.getOrDefault("year", "");
    String slug = PinyinSlug.of(township);
    if (!slug.isEmpty()) {
      return year.isEmpty() ? slug : slug + "-" + year;
    }
    String base = Path.of(input).getFileName().toString();
    int dot = base.lastIndexOf('.');
    base = dot > 0 ? base.substring(0, dot) : base;
    String ascii =
        base.toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9._-]+", "-")
            .replaceAll("^[^a-z0-9]+", "");
    ascii = ascii.replaceAll("-+$", "");
    if (ascii.replaceAll("[^a-z0-9]", "").isEmpty()) {
      ascii = PinyinSlug.of(base);
    }
    return ascii.isEmpty() ? "report" : ascii;
  }

  /**
   * Validates the report as it would be written; a stated value the validator rejects is left empty
   * and becomes a finding, so the file written is always valid.
   */
  private void validate(
      Map<String, String> header,
      String markdown,
      String name,
      Map<String, SourcePosition> stated,
      List<Finding> findings,
      List<Text> notes) {
    for (int round = 0; round <= ReportFileWriter.KEY_ORDER.size(); round++) {
      Map<String, String> trial = new LinkedHashMap<>(header);
      trial.put("status", "draft");
      List<Problem> problems = problemsOf(trial, markdown, name);
      Optional<Problem> error =
          problems.stream()
              .filter(Problem::isError)
              .filter(p -> !DisclosureReportRules.isTableProblem(p))
              .findFirst();
      if (error.isEmpty()) {
        return;
      }
      String key = error.get().field();
      if (key.equals("type") && !header.get("type").equals("report")) {
        // The kinds of the schema this site runs may not know the kind told: keep the report kind.
        notes.add(Text.of("import.note.type", header.get("type"), error.get().text()));
        header.put("type", "report");
        header.remove("genre");
        continue;
      }
      if (!Completion.HEADER_KEYS.contains(key)
          || key.equals("title")
          || key.equals("status")
          || header.getOrDefault(key, "").isEmpty()) {
        throw new IllegalStateException("imported report is invalid: " + error.get().format());
      }
      findings.add(
          new Finding(
              stated.getOrDefault(key, new SourcePosition(1, 1)),
              key,
              Text.of("importer.invalid_value", header.get(key), error.get().text())));
      header.put(key, "");
    }
    throw new IllegalStateException("imported report stays invalid after clearing its fields");
  }

  /**
   * The problems of the national tables as the file would be written, as findings at the table in
   * the input: a wrong total or a renamed row makes the import a draft.
   */
  private void tableFindings(
      Map<String, String> header,
      String markdown,
      String name,
      DisclosureBodyWriter.Result tables,
      List<Finding> findings) {
    Map<String, String> trial = new LinkedHashMap<>(header);
    trial.put("status", "draft");
    for (Problem p : problemsOf(trial, markdown, name)) {
      if (DisclosureReportRules.isTableProblem(p)) {
        SourcePosition at = new SourcePosition(1, 1);
        for (int k = 0; k < tables.found().size(); k++) {
          if (p.field().startsWith(tables.found().get(k).table().displayName())) {
            at = tables.at().get(k);
          }
        }
        findings.add(
            new Finding(
                at, p.field(), p.message() + " (line " + p.line() + " of the written report)"));
      }
    }
  }

  private List<Problem> problemsOf(Map<String, String> header, String markdown, String name) {
    String year = header.getOrDefault("year", "");
    String folder = year.isEmpty() ? String.valueOf(settings.fallbackYear()) : year;
    String display = "content/reports/" + folder + "/" + name + ".md";
    byte[] bytes = ReportFileWriter.render(header, markdown).getBytes(StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    Optional<SourceFile> source =
        new SourceFileParser(SourceFileParser.DEFAULT_SEPARATOR)
            .parse(display, Path.of(display), bytes, problems);
    source.ifPresent(s -> validator.validate(s, problems));
    return problems;
  }
}
