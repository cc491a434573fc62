package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and validates every report under {@code content/}: each {@code .md} file is a report. Files
 * are parsed in parallel; the result is sorted by path so it does not depend on scheduling. Hidden
 * files and folders (names starting with '.') are ignored.
 */
public final class ReportLoader {
  /** Every report that validated (drafts included) and every problem found, both sorted. */
  public record Result(List<Report> reports, List<Problem> problems) {
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private final Path sourceDir;
  private final SourceFileParser parser;
  private final ReportValidator validator;

  public ReportLoader(Path sourceDir, SiteConfig config, String headerSeparator) {
    this.sourceDir = sourceDir;
    this.parser = new SourceFileParser(headerSeparator);
    this.validator = new ReportValidator(config);
  }

  public Result load() {
    Path contentDir = sourceDir.resolve("content");
    List<Path> files = markdownFiles(contentDir);
    List<FileResult> results = files.parallelStream().map(this::loadOne).toList();
    List<Report> reports = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (FileResult r : results) {
      r.report().ifPresent(reports::add);
      problems.addAll(r.problems());
    }
    UniqueIndexNumbers.check(reports, problems);
    reports.sort(Comparator.comparing(Report::path));
    problems.sort(null);
    return new Result(List.copyOf(reports), List.copyOf(problems));
  }

  private record FileResult(Optional<Report> report, List<Problem> problems) {}

  private FileResult loadOne(Path file) {
    String path = sourceDir.relativize(file).toString().replace('\\', '/');
    List<Problem> problems = new ArrayList<>();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(Problem.error(path, 0, "file", "cannot be read: " + e.getMessage()));
      return new FileResult(Optional.empty(), problems);
    }
    Optional<Report> report =
        parser.parse(path, file, bytes, problems).flatMap(s -> validator.validate(s, problems));
    return new FileResult(report, problems);
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
