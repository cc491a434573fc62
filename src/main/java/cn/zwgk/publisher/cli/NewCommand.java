package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.importer.IndexNumberAllocator;
import cn.zwgk.publisher.importer.IssuedNumbers;
import cn.zwgk.publisher.importer.IssuerRegistry;
import cn.zwgk.publisher.importer.ReportFileWriter;
import cn.zwgk.publisher.importer.ReportScaffold;
import cn.zwgk.publisher.metadata.PinyinSlug;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publisher new --township 埔前镇 --year 2025}: scaffold a report with its 索引号. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description =
        "Start a new report: header from registry/issuers.csv, the next free 索引号 of the issuer"
            + " for the publication year (recorded in registry/issued-numbers.csv).")
final class NewCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin(name = LanguageOption.MIXIN)
  LanguageOption lang = new LanguageOption();

  @Option(names = "--township", required = true, description = "Township, as in the registry.")
  String township;

  @Option(names = "--year", required = true, description = "Year the report covers.")
  int year;

  @Option(names = "--title", description = "Title (default: <township><year>年法治政府建设年度报告).")
  String title;

  @Option(names = "--county", description = "County, when townships of several share the name.")
  String county = "";

  @Option(
      names = "--publication-year",
      description = "Year of publication, the year in 索引号 (default: this year).")
  Integer publicationYear;

  @Option(names = "--source", description = "Site source folder (default: current folder).")
  Path source = Path.of("");

  @Option(names = "--into", description = "Content folder (default: SOURCE/content).")
  Path into;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    IssuerRegistry registry = IssuerRegistry.load(source);
    IssuerRegistry.Issuer issuer =
        registry.find(township, county).orElseThrow(() -> notRegistered(registry));
    int published = publicationYear != null ? publicationYear : LocalDate.now().getYear();
    Path content = into != null ? into : source.resolve("content");
    String name = PinyinSlug.of(township) + "-" + year;
    String target = "content/reports/" + year + "/" + name + ".md";
    Path file = content.resolve("reports/" + year + "/" + name + ".md");
    if (Files.exists(file)) {
      throw new InvalidContentException(
          Problem.error(
              target,
              0,
              "output",
              "already exists; not overwritten (edit it, or delete it first)"));
    }
    IssuedNumbers log = IssuedNumbers.load(source);
    List<String> issued = new ArrayList<>();
    log.entries().forEach(e -> issued.add(e.indexNumber()));
    issued.addAll(numbersInReports(content));
    String number = IndexNumberAllocator.next(issuer.code(), published, issued);
    String text =
        ReportScaffold.render(
            issuer,
            year,
            title != null ? title : ReportScaffold.defaultTitle(township, year),
            number);
    log.append(number, target);
    try {
      ReportFileWriter.write(file, text, false);
    } catch (FileAlreadyExistsException e) {
      throw new InvalidContentException(
          Problem.error(target, 0, "output", "already exists; not overwritten"));
    }
    spec.commandLine()
        .getOut()
        .println(
            "created "
                + target
                + " (status=draft) with 索引号 "
                + number
                + ", recorded in "
                + IssuedNumbers.PATH);
    return 0;
  }

  private InvalidContentException notRegistered(IssuerRegistry registry) {
    int found = registry.find(township).size();
    String message =
        found > 1
            ? township
                + " is registered "
                + found
                + " times, for different counties (pass --county)"
            : township
                + (county.isEmpty() ? "" : " (" + county + ")")
                + " is not in the registry of issuing bodies (add a line township,county,issuer,code"
                + " to "
                + IssuerRegistry.PATH
                + ", e.g. 埔前镇,源城区,河源市源城区埔前镇人民政府,11441602730470987N; the code is the"
                + " issuer's unified social credit code, the part before / of its 索引号)";
    return new InvalidContentException(Problem.error(IssuerRegistry.PATH, 0, "township", message));
  }

  /** The index_number of every report file under {@code content}/reports. */
  static List<String> numbersInReports(Path content) {
    Path reports = content.resolve("reports");
    if (!Files.isDirectory(reports)) {
      return List.of();
    }
    List<String> numbers = new ArrayList<>();
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.strip().equals(ReportFileWriter.SEPARATOR)) {
            break;
          }
          if (line.startsWith("index_number=")) {
            numbers.add(line.substring("index_number=".length()).strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reports under " + reports, e);
    }
    return numbers;
  }
}
