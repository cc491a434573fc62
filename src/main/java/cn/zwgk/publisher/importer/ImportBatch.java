package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.paths.ContainedFolder;
import cn.zwgk.publisher.paths.PlainPath;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports a list of files and folders into a content folder: each input on its own, so one that
 * fails does not stop the others. Never replaces an existing report unless {@code force}; writes
 * nothing in a dry run. Records each 索引号 of an imported report in the log of issued numbers. One
 * use per run; not thread-safe.
 */
public final class ImportBatch {
  /**
   * How to run.
   *
   * @param sourceDir the site source (holds registry/)
   * @param contentDir where reports go: {@code contentDir/reports/<year>/<name>.md}
   * @param completionsDir the editor's completions, {@code <input name>.properties}, if any
   */
  public record Options(
      Path sourceDir,
      Path contentDir,
      Optional<Path> completionsDir,
      boolean dryRun,
      boolean force) {}

  private final ReportImporter importer;
  private final ImportSettings settings;
  private final Options options;
  private final IssuedNumbers issued;
  private final Set<String> targets = new HashSet<>();

  public ImportBatch(ImportSettings settings, Options options) {
    this.settings = settings;
    this.importer = new ReportImporter(settings);
    this.options = options;
    this.issued = IssuedNumbers.load(options.sourceDir());
  }

  /** The files named by {@code inputs}, folders replaced by the files in them, sorted by name. */
  public static List<Path> expand(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> list = Files.list(input)) {
          list.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }

  public List<ImportOutcome> run(List<Path> inputs) throws IOException {
    List<ImportOutcome> outcomes = new ArrayList<>();
    for (Path file : expand(inputs)) {
      outcomes.add(importOne(file));
    }
    return outcomes;
  }

  private ImportOutcome importOne(Path file) {
    String input = file.toString();
    try {
      byte[] bytes = readInput(input, file);
      ImportedReport report = importer.importReport(input, bytes, completionFor(file));
      String target = target(report);
      var notPlain = PlainPath.whyNot(target);
      if (notPlain.isPresent()) {
        throw new InvalidContentException(
            Problem.error(
                input, 0, "output", Text.of("import.target.not_plain", target, notPlain.get())));
      }
      String text = ReportFileWriter.render(report.header(), report.body());
      String number = report.header().get("index_number");
      Optional<IssuedNumbers.Entry> entry =
          number.isEmpty() ? Optional.empty() : issued.find(number);
      if (entry.isPresent() && !entry.get().file().equals(target)) {
        throw new InvalidContentException(
            Problem.error(
                input,
                0,
                "index_number",
                Text.of(
                    "import.number_reused",
                    number,
                    entry.get().file(),
                    IssuedNumbers.PATH + ":" + entry.get().line())));
      }
      if (!options.dryRun()) {
        write(input, target, text);
        if (!number.isEmpty() && entry.isEmpty()) {
          issued.append(number, target);
        }
      }
      targets.add(target);
      return new ImportOutcome(
          input, Optional.of(report), target, text, !options.dryRun(), List.of());
    } catch (InvalidContentException e) {
      return ImportOutcome.failure(input, e.problems());
    }
  }

  private static byte[] readInput(String input, Path file) {
    if (!Files.isRegularFile(file)) {
      throw TextDecoder.unreadable(input, Text.of("import.input.missing"));
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw TextDecoder.unreadable(input, Text.of("import.input.unreadable", e.getMessage()));
    }
  }

  private Optional<Completion> completionFor(Path file) {
    if (options.completionsDir().isEmpty()) {
      return Optional.empty();
    }
    String base = file.getFileName().toString();
    int dot = base.lastIndexOf('.');
    String name = (dot > 0 ? base.substring(0, dot) : base) + ".properties";
    Path completion = options.completionsDir().get().resolve(name);
    if (!Files.isRegularFile(completion)) {
      return Optional.empty();
    }
    String display = displayOf(completion);
    try {
      return Optional.of(
          Completion.parse(display, Files.readString(completion, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw TextDecoder.unreadable(
          display, Text.of("import.completion.unreadable", e.getMessage()));
    }
  }

  private String displayOf(Path path) {
    Path source = options.sourceDir().toAbsolutePath().normalize();
    Path abs = path.toAbsolutePath().normalize();
    return abs.startsWith(source) ? source.relativize(abs).toString() : path.toString();
  }

  /** {@code content/reports/<year>/<name>.md}, with -2, -3 … when this run already used it. */
  private String target(ImportedReport report) {
    String folder = report.yearFolder();
    if (folder.isEmpty()) {
      folder = String.valueOf(settings.fallbackYear());
    }
    String base = "content/reports/" + folder + "/" + report.name();
    String target = base + ".md";
    for (int n = 2; targets.contains(target); n++) {
      target = base + "-" + n + ".md";
    }
    return target;
  }

  private void write(String input, String target, String text) {
    Path file = options.contentDir().resolve(target.substring("content/".length()));
    if (Files.isDirectory(options.contentDir())) {
      var outside = ContainedFolder.of(options.contentDir(), "content/").whyOutside(file);
      if (outside.isPresent()) {
        throw new InvalidContentException(
            Problem.error(
                input, 0, "output", Text.of("import.target.outside", outside.get(), target)));
      }
    }
    try {
      ReportFileWriter.write(file, text, options.force());
    } catch (FileAlreadyExistsException e) {
      throw new InvalidContentException(
          Problem.error(input, 0, "output", Text.of("import.target.exists", target)));
    }
  }
}
