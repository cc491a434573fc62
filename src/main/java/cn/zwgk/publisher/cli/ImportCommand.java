package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.importer.Finding;
import cn.zwgk.publisher.importer.ImportBatch;
import cn.zwgk.publisher.importer.ImportOutcome;
import cn.zwgk.publisher.importer.ImportSettings;
import cn.zwgk.publisher.importer.ImportedReport;
import cn.zwgk.publisher.importer.IssuerRegistry;
import cn.zwgk.publisher.importer.Removal;
import cn.zwgk.publisher.metadata.SpamWords;
import cn.zwgk.publisher.paths.SourceLinks;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publisher import FILE...}: turn text, saved pages and Word files into report files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import reports (.txt in UTF-8/GB18030/UTF-16, .html saved from a disclosure portal,"
            + " .docx) into content/reports/. Prints every removal and finding.")
final class ImportCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin(name = LanguageOption.MIXIN)
  LanguageOption lang = new LanguageOption();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders to import.")
  List<Path> inputs;

  @Option(names = "--source", description = "Site source folder (default: current folder).")
  Path source = Path.of("");

  @Option(names = "--into", description = "Content folder (default: SOURCE/content).")
  Path into;

  @Option(
      names = "--completions",
      description = "Folder of editor's completions, <input name>.properties (optional).")
  Path completions;

  @Option(names = "--dry-run", description = "Write nothing; print what would be written.")
  boolean dryRun;

  @Option(names = "--force", description = "Replace report files that already exist.")
  boolean force;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    // registry/ and content/ are read and appended to: never through a link out of the source.
    List<Problem> linksOut = SourceLinks.escaping(source);
    if (!linksOut.isEmpty()) {
      throw new InvalidContentException(linksOut);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SiteConfig config =
        Files.isRegularFile(source.resolve(SiteConfig.FILE_NAME))
            ? SiteConfig.load(source)
            : SiteConfig.parse("");
    ImportSettings settings =
        new ImportSettings(
            config, SpamWords.of(config), IssuerRegistry.load(source), LocalDate.now().getYear());
    ImportBatch.Options options =
        new ImportBatch.Options(
            source,
            into != null ? into : source.resolve("content"),
            Optional.ofNullable(completions),
            dryRun,
            force);
    List<ImportOutcome> outcomes = new ImportBatch(settings, options).run(inputs);
    for (ImportOutcome outcome : outcomes) {
      print(outcome, out, err);
    }
    summary(outcomes, out);
    out.flush();
    return outcomes.stream().anyMatch(ImportOutcome::failed) ? PublisherCli.EXIT_INVALID : 0;
  }

  private void print(ImportOutcome outcome, PrintWriter out, PrintWriter err) {
    Messages m = lang.messages();
    if (outcome.failed()) {
      for (Problem p : outcome.errors()) {
        err.println(p.format(m));
      }
      err.println(m.get("import.out.not_imported", outcome.input()));
      return;
    }
    ImportedReport r = outcome.report().orElseThrow();
    out.println(m.get("import.out.read_as", r.input(), r.format(), r.encoding()));
    for (Removal removal : r.removals()) {
      out.println(removal.format(r.input(), m));
    }
    for (Finding finding : r.findings()) {
      out.println(finding.format(r.input(), m));
    }
    for (Text note : r.notes()) {
      out.println(m.get("import.out.note", r.input(), note));
    }
    String status = r.header().get("status");
    String key = dryRun ? "import.out.would_write" : "import.out.wrote";
    out.println(
        r.isDraft()
            ? m.get(key + ".needs", outcome.target(), status, needs(r))
            : m.get(key, outcome.target(), status));
    if (dryRun) {
      out.print(outcome.text());
      out.println(m.get("import.out.end_of", outcome.target()));
    }
  }

  /** What an editor must still do to a draft. */
  private static Text needs(ImportedReport r) {
    if (r.findings().isEmpty()) {
      return Text.of("import.out.needs.missing", String.join(",", r.missing()));
    }
    if (r.missing().isEmpty()) {
      return Text.of("import.out.needs.findings", r.findings().size());
    }
    return Text.of("import.out.needs.both", String.join(",", r.missing()), r.findings().size());
  }

  private void summary(List<ImportOutcome> outcomes, PrintWriter out) {
    Messages m = lang.messages();
    List<ImportOutcome> ok = outcomes.stream().filter(o -> !o.failed()).toList();
    long drafts = ok.stream().filter(o -> o.report().orElseThrow().isDraft()).count();
    long failed = outcomes.size() - ok.size();
    out.println();
    out.println(
        m.get(
            dryRun ? "import.out.summary.dry_run" : "import.out.summary",
            ok.size(),
            outcomes.size(),
            ok.size() - drafts,
            drafts,
            failed));
    for (ImportOutcome o : ok) {
      ImportedReport r = o.report().orElseThrow();
      if (r.isDraft()) {
        out.println(m.get("import.out.draft", o.target(), needs(r)));
      }
    }
    Map<String, Integer> byRule = new TreeMap<>();
    ok.forEach(
        o ->
            o.report()
                .orElseThrow()
                .findings()
                .forEach(f -> byRule.merge(f.rule(), 1, Integer::sum)));
    int removals = ok.stream().mapToInt(o -> o.report().orElseThrow().removals().size()).sum();
    out.println(
        m.get(
            "import.out.counts",
            byRule.values().stream().mapToInt(i -> i).sum(),
            byRule.isEmpty() ? "" : " " + byRule,
            removals));
    for (ImportOutcome o : outcomes) {
      if (o.failed()) {
        out.println(m.get("import.out.failed", o.input()));
      }
    }
  }
}
