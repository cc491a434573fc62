package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.importer.IndexNumberAllocator;
import cn.zwgk.publisher.importer.IssuedNumbers;
import cn.zwgk.publisher.importer.IssuerRegistry;
import cn.zwgk.publisher.importer.ReportFileWriter;
import cn.zwgk.publisher.importer.ReportScaffold;
import cn.zwgk.publisher.metadata.IndexNumberScheme;
import cn.zwgk.publisher.metadata.IndexNumberSchemes;
import cn.zwgk.publisher.metadata.PinyinSlug;
import cn.zwgk.publisher.metadata.ReportKind;
import cn.zwgk.publisher.metadata.ReportKinds;
import cn.zwgk.publisher.paths.SourceLinks;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
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

/**
 * {@code publisher new --township 埔前镇 --year 2025} or {@code publisher new --issuer 源城区人民政府 --type
 * disclosure-report --year 2025}: scaffold a document with the next free 索引号 of its issuer,
 * allocated under a lock on registry/issued-numbers.csv so concurrent runs never share a number.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description =
        "Start a new document: header from registry/issuers.csv, the next free 索引号 of the issuer"
            + " in its scheme (recorded in registry/issued-numbers.csv).")
final class NewCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin(name = LanguageOption.MIXIN)
  LanguageOption lang = new LanguageOption();

  @Option(names = "--township", description = "Township issuer, as in the registry.")
  String township;

  @Option(names = "--issuer", description = "Any registered issuer, by its full name.")
  String issuerName;

  @Option(
      names = "--type",
      description = "Kind: report (default), disclosure-report, document, or a configured kind.")
  String type = "report";

  @Option(names = "--genre", description = "体裁 of a document, e.g. 通知.")
  String genre = "";

  @Option(names = "--year", description = "Year the report covers (annual kinds).")
  Integer year;

  @Option(names = "--title", description = "Title (default: <issuer><year>年<kind name>).")
  String title;

  @Option(names = "--county", description = "County, when townships of several share the name.")
  String county = "";

  @Option(
      names = "--publication-year",
      description = "Year of publication, the year in 索引号 (default: this year).")
  Integer publicationYear;

  @Option(
      names = "--publication-date",
      description =
          "Date of publication (yyyy-MM-dd), for schemes with {yearmonth} (default: today).")
  LocalDate publicationDate;

  @Option(names = "--source", description = "Site source folder (default: current folder).")
  Path source = Path.of("");

  @Option(names = "--into", description = "Content folder (default: SOURCE/content).")
  Path into;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    // registry/ and content/ are read and appended to: never through a link out of the source.
    List<Problem> linksOut = SourceLinks.escaping(source);
    if (!linksOut.isEmpty()) {
      throw new InvalidContentException(linksOut);
    }
    SiteConfig config =
        Files.isRegularFile(source.resolve(SiteConfig.FILE_NAME))
            ? SiteConfig.load(source)
            : SiteConfig.parse("");
    ReportKind kind =
        ReportKinds.of(config)
            .kind(type)
            .orElseThrow(
                () ->
                    usage(
                        "--type",
                        Text.of("new.type.unknown", type, ReportKinds.of(config).types())));
    IndexNumberSchemes schemes = IndexNumberSchemes.of(config);
    IssuerRegistry registry = IssuerRegistry.parse(registryText(), schemes);
    IssuerRegistry.Issuer issuer = issuer(registry);
    LocalDate published = publication();
    if (kind.annual() && year == null) {
      throw usage("--year", Text.of("new.year.required", kind.name()));
    }
    int covered = year != null ? year : published.getYear();
    if (!kind.annual() && title == null) {
      throw usage("--title", Text.of("new.title.required", kind.name()));
    }
    List<IndexNumberScheme> own = schemes.named(issuer.entry().scheme());
    IndexNumberScheme scheme =
        own.stream()
            .filter(s -> s.readCode(issuer.code(), false).fits())
            .findFirst()
            .orElse(own.get(0));
    if (scheme.hasMonth()
        && publicationDate == null
        && publicationYear != null
        && publicationYear != LocalDate.now().getYear()) {
      throw usage(
          "--publication-date", Text.of("new.publication_date.required", scheme.describe()));
    }
    Path content = into != null ? into : source.resolve("content");
    String base = PinyinSlug.of(issuer.township().isEmpty() ? issuer.name() : issuer.township());
    String docTitle =
        title != null
            ? title
            : ReportScaffold.defaultTitle(
                issuer.township().isEmpty() ? issuer.name() : issuer.township(), covered, kind);
    String[] created =
        IssuedNumbers.locked(
            source,
            log -> {
              List<String> issued = new ArrayList<>();
              log.entries().forEach(e -> issued.add(e.indexNumber()));
              issued.addAll(numbersInReports(content));
              String number = IndexNumberAllocator.next(scheme, issuer.code(), published, issued);
              String name = fileName(kind, base, covered, number, scheme);
              String target = "content/reports/" + covered + "/" + name + ".md";
              Path file = content.resolve("reports/" + covered + "/" + name + ".md");
              if (Files.exists(file)) {
                throw new InvalidContentException(
                    Problem.error(target, 0, "output", Text.of("new.exists")));
              }
              String text = ReportScaffold.render(issuer, kind, genre, covered, docTitle, number);
              log.append(number, target);
              try {
                ReportFileWriter.write(file, text, false);
              } catch (FileAlreadyExistsException e) {
                throw new InvalidContentException(
                    Problem.error(target, 0, "output", Text.of("new.exists")));
              }
              return new String[] {target, number};
            });
    spec.commandLine()
        .getOut()
        .println(lang.messages().get("new.created", created[0], created[1], IssuedNumbers.PATH));
    return 0;
  }

  /** {@code <issuer>-<year>} for 法治 reports, with the kind's slug for other annual kinds. */
  private static String fileName(
      ReportKind kind, String base, int covered, String number, IndexNumberScheme scheme) {
    if (kind.type().equals("report")) {
      return base + "-" + covered;
    }
    if (kind.annual()) {
      return base + "-" + covered + "-" + kind.slug();
    }
    int serial = scheme.read(number, false).match().orElseThrow().serial();
    return base + "-" + kind.slug() + "-" + serial;
  }

  private String registryText() throws IOException {
    Path file = source.resolve(IssuerRegistry.PATH);
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private LocalDate publication() {
    LocalDate today = LocalDate.now();
    if (publicationDate != null) {
      return publicationDate;
    }
    if (publicationYear != null && publicationYear != today.getYear()) {
      return LocalDate.of(publicationYear, 1, 1);
    }
    return today;
  }

  private IssuerRegistry.Issuer issuer(IssuerRegistry registry) {
    if ((township == null) == (issuerName == null)) {
      throw usage("--township", Text.of("new.issuer.either"));
    }
    if (issuerName != null) {
      return registry
          .named(issuerName)
          .orElseThrow(
              () ->
                  new InvalidContentException(
                      Problem.error(
                          IssuerRegistry.PATH,
                          0,
                          "issuer",
                          Text.of("new.issuer.unknown", issuerName, IssuerRegistry.PATH))));
    }
    return registry.find(township, county).orElseThrow(() -> notRegistered(registry));
  }

  private static InvalidContentException usage(String option, Text message) {
    return new InvalidContentException(Problem.error("new", 0, option, message));
  }

  private InvalidContentException notRegistered(IssuerRegistry registry) {
    int found = registry.find(township).size();
    Text message =
        found > 1
            ? Text.of("new.township.ambiguous", township, found)
            : county.isEmpty()
                ? Text.of("new.township.unknown", township, IssuerRegistry.PATH)
                : Text.of("new.township.unknown.county", township, IssuerRegistry.PATH, county);
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
