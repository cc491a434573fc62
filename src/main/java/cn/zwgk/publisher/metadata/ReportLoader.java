package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.annualreport.DisclosureContinuity;
import cn.zwgk.publisher.annualreport.DisclosureFormParser;
import cn.zwgk.publisher.annualreport.DisclosureReportRules;
import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads and validates every report under {@code content/}: each {@code .md} file is a report. Files
 * are parsed in parallel; the result is sorted by path so it does not depend on scheduling. Hidden
 * files and folders (names starting with '.') are ignored.
 */
public final class ReportLoader {
  /**
   * Every report that validated (drafts included) and every problem found, both sorted, and the
   * SHA-256 of every source file read (path → hex), which incremental builds use as page inputs.
   */
  public record Result(
      List<Report> reports, List<Problem> problems, Map<String, String> sourceHashes) {
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private final Path sourceDir;
  private final SourceFileParser parser;
  private final ReportValidator validator;
  private final Map<Path, FileResult> memo;

  public ReportLoader(Path sourceDir, SiteConfig config, String headerSeparator) {
    this(sourceDir, config, headerSeparator, new java.util.concurrent.ConcurrentHashMap<>());
  }

  /**
   * @param memo results of earlier loads in this process, reused for files whose size and
   *     modification time are unchanged (the live preview keeps one across rebuilds); it must be
   *     dropped when the settings change, since they take part in validation
   */
  public ReportLoader(
      Path sourceDir, SiteConfig config, String headerSeparator, Map<Path, FileResult> memo) {
    this.sourceDir = sourceDir;
    this.parser = new SourceFileParser(headerSeparator);
    this.validator =
        new ReportValidator(config, Issuers.load(sourceDir, IndexNumberSchemes.of(config)));
    this.memo = memo;
  }

  public Result load() {
    Path contentDir = sourceDir.resolve("content");
    List<Path> files = markdownFiles(contentDir);
    List<FileResult> results = files.parallelStream().map(this::loadOne).toList();
    memo.keySet().retainAll(new java.util.HashSet<>(files));
    List<Report> reports = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, String> hashes = new TreeMap<>();
    List<DisclosureContinuity.Entry> disclosures = new ArrayList<>();
    for (FileResult r : results) {
      r.report().ifPresent(reports::add);
      problems.addAll(r.problems());
      hashes.put(r.path(), r.sha256());
      r.disclosure().ifPresent(disclosures::add);
    }
    UniqueIndexNumbers.check(reports, problems);
    // Seam (issue 15): 政府信息公开工作年度报告 of one issuer compared across years.
    new DisclosureContinuity().check(disclosures, problems);
    reports.sort(Comparator.comparing(Report::path));
    problems.sort(null);
    return new Result(
        List.copyOf(reports), List.copyOf(problems), Collections.unmodifiableMap(hashes));
  }

  /**
   * What one file gave, with the size and time it had when read; {@code disclosure} holds the
   * tables of a valid 政府信息公开工作年度报告 with a year, for the check across years.
   */
  public record FileResult(
      String path,
      String sha256,
      Optional<Report> report,
      List<Problem> problems,
      long size,
      long mtime,
      Optional<DisclosureContinuity.Entry> disclosure) {}

  private FileResult loadOne(Path file) {
    try {
      var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      FileResult known = memo.get(file);
      if (known != null
          && known.size() == attrs.size()
          && known.mtime() == attrs.lastModifiedTime().toMillis()) {
        return known;
      }
      FileResult fresh = read(file, attrs.size(), attrs.lastModifiedTime().toMillis());
      memo.put(file, fresh);
      return fresh;
    } catch (IOException e) {
      return read(file, -1, -1);
    }
  }

  private FileResult read(Path file, long size, long mtime) {
    String path = sourceDir.relativize(file).toString().replace('\\', '/');
    List<Problem> problems = new ArrayList<>();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(
          Problem.error(
              path,
              0,
              "file",
              cn.zwgk.publisher.problem.Text.of("metadata.file.unreadable", e.getMessage())));
      return new FileResult(path, "", Optional.empty(), problems, size, mtime, Optional.empty());
    }
    Optional<SourceFile> source;
    Optional<Report> report;
    try {
      source = parser.parse(path, file, bytes, problems);
      report = source.flatMap(s -> validator.validate(s, problems));
    } catch (StackOverflowError tooDeep) {
      // BodyNesting refuses such bodies first; this keeps a miss from ending the build unnamed.
      problems.add(BodyNesting.tooDeepToRender(path, 0));
      return new FileResult(
          path, sha256(bytes), Optional.empty(), problems, size, mtime, Optional.empty());
    }
    Optional<Report> validated = report;
    Optional<DisclosureContinuity.Entry> disclosure =
        source
            .filter(DisclosureReportRules::applies)
            .flatMap(s -> validated.flatMap(r -> disclosureEntry(s, r)));
    return new FileResult(path, sha256(bytes), report, problems, size, mtime, disclosure);
  }

  private static Optional<DisclosureContinuity.Entry> disclosureEntry(SourceFile s, Report r) {
    // Its problems were reported by validation; this reading only feeds the comparison.
    List<Problem> seen = new ArrayList<>();
    return r.year()
        .map(
            year ->
                new DisclosureContinuity.Entry(
                    r.path(),
                    r.issuer(),
                    year,
                    new DisclosureFormParser().parse(s.path(), s.body(), s.bodyLine(), seen)));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static List<Path> markdownFiles(Path contentDir) {
    if (!Files.isDirectory(contentDir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(contentDir)) {
      return walk.filter(p -> !isHidden(contentDir, p))
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + contentDir, e);
    }
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
