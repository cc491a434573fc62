package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.BuildSummary;
import cn.zwgk.publisher.site.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publisher build}: validate content/, bake the site, swap it into the output folder. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Validate content/ and bake the site into the output folder.")
final class BuildCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin(name = LanguageOption.MIXIN)
  LanguageOption lang = new LanguageOption();

  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description =
          "Site source folder holding content/, templates/, assets/, jbake.properties (default: current folder).")
  Path source = Path.of("");

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Output folder (default: SOURCE/target/site).")
  Path output;

  @Option(
      names = "--full",
      description = "Render every page, ignoring what the previous build can reuse.")
  boolean full;

  @Option(
      names = "--no-check",
      description = "Skip the pre-publication check (`publisher check`) of the new output.")
  boolean noCheck;

  @Override
  public Integer call() {
    BuildRequest request =
        (output == null ? BuildRequest.withDefaultOutput(source) : new BuildRequest(source, output))
            .withFull(full);
    if (noCheck) {
      request = request.withoutCheck();
      spec.commandLine().getOut().println(lang.messages().get("build.check_skipped"));
    }
    BuildSummary summary =
        new SiteBuilder(
                StageTimes.around(
                    TerminalProgress.forConsole(spec.commandLine().getErr(), lang.messages()),
                    spec.commandLine().getErr()))
            .build(request);
    print(summary, spec.commandLine().getOut(), lang.messages());
    return 0;
  }

  /** Warnings printed before the summary; the rest are counted, so the summary stays on screen. */
  static final int WARNINGS_SHOWN = 20;

  static void print(BuildSummary s, PrintWriter out, Messages m) {
    s.warnings().stream().limit(WARNINGS_SHOWN).forEach(w -> out.println(w.format(m)));
    if (s.warnings().size() > WARNINGS_SHOWN) {
      out.println(m.get("build.more_warnings", s.warnings().size() - WARNINGS_SHOWN));
    }
    out.println(m.get("build.done"));
    out.println(m.get("build.reports", s.published(), s.drafts()));
    out.println(m.get("build.townships", s.townships(), s.counties()));
    out.println(
        s.years().isEmpty()
            ? m.get("build.years.none")
            : m.get(
                "build.years",
                s.years().get(0),
                s.years().get(s.years().size() - 1),
                s.years().size()));
    out.println(m.get("build.pages", s.pages().total(), s.pages().written(), s.pages().reused()));
    if (s.pages().cacheNote().isPresent()) {
      out.println(m.get("build.cache", s.pages().cacheNote().get()));
    }
    out.println(m.get("build.warnings", s.warnings().size()));
    out.println(m.get("build.output", s.output()));
    out.println(
        m.get("build.time", String.format(Locale.ROOT, "%.1f", s.elapsed().toMillis() / 1000.0)));
  }
}
