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
import cn.zwgk.publisher.problem.Problem;
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
    if (outcome.failed()) {
      for (Problem p : outcome.errors()) {
        err.println(p.format(lang.messages()));
      }
      err.println(outcome.input() + ": not imported");
      return;
    }
    ImportedReport r = outcome.report().orElseThrow();
    out.println(r.input() + ": read as " + r.format() + " (" + r.encoding() + ")");
    for (Removal removal : r.removals()) {
      out.println(removal.format(r.input()));
    }
    for (Finding finding : r.findings()) {
      out.println(finding.format(r.input(), lang.messages()));
    }
    for (String note : r.notes()) {
      out.println(r.input() + ": note: " + note);
    }
    String status = "status=" + r.header().get("status") + needs(r);
    if (dryRun) {
      out.println("would write " + outcome.target() + " (" + status + "):");
      out.print(outcome.text());
      out.println("(end of " + outcome.target() + ")");
    } else {
      out.println("wrote " + outcome.target() + " (" + status + ")");
    }
  }

  private static String needs(ImportedReport r) {
    if (!r.isDraft()) {
      return "";
    }
    StringBuilder s = new StringBuilder("; needs an editor:");
    if (!r.missing().isEmpty()) {
      s.append(" missing ").append(String.join(", ", r.missing()));
    }
    if (!r.findings().isEmpty()) {
      s.append(r.missing().isEmpty() ? " " : "; ")
          .append(r.findings().size())
          .append(" finding(s)");
    }
    return s.toString();
  }

  private void summary(List<ImportOutcome> outcomes, PrintWriter out) {
    List<ImportOutcome> ok = outcomes.stream().filter(o -> !o.failed()).toList();
    long drafts = ok.stream().filter(o -> o.report().orElseThrow().isDraft()).count();
    long failed = outcomes.size() - ok.size();
    out.println();
    out.println(
        (dryRun ? "dry run: would import " : "imported ")
            + ok.size()
            + " of "
            + outcomes.size()
            + " file(s): "
            + (ok.size() - drafts)
            + " published, "
            + drafts
            + " draft(s) needing an editor, "
            + failed
            + " failed");
    for (ImportOutcome o : ok) {
      ImportedReport r = o.report().orElseThrow();
      if (r.isDraft()) {
        out.println("  draft " + o.target() + needs(r).substring(1));
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
        "findings: "
            + byRule.values().stream().mapToInt(i -> i).sum()
            + (byRule.isEmpty() ? "" : " " + byRule)
            + "; removals: "
            + removals);
    for (ImportOutcome o : outcomes) {
      if (o.failed()) {
        out.println("  failed " + o.input());
      }
    }
  }
}
