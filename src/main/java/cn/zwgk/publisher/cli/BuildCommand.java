package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.BuildSummary;
import cn.zwgk.publisher.site.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
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
      spec.commandLine().getOut().println("check skipped (--no-check)");
    }
    BuildSummary summary =
        new SiteBuilder(TerminalProgress.forConsole(spec.commandLine().getErr())).build(request);
    print(summary, spec.commandLine().getOut());
    return 0;
  }

  /** Warnings printed before the summary; the rest are counted, so the summary stays on screen. */
  static final int WARNINGS_SHOWN = 20;

  static void print(BuildSummary s, PrintWriter out) {
    s.warnings().stream().limit(WARNINGS_SHOWN).forEach(w -> out.println(w.format()));
    if (s.warnings().size() > WARNINGS_SHOWN) {
      out.printf(
          "… and %d more warning(s); `publisher check` lists every finding%n",
          s.warnings().size() - WARNINGS_SHOWN);
    }
    out.println("Built the disclosure portal.");
    out.printf(
        "  reports     %d published, %d draft(s) not published%n", s.published(), s.drafts());
    out.printf("  townships   %d in %d county(ies)%n", s.townships(), s.counties());
    out.printf(
        "  years       %s%n",
        s.years().isEmpty()
            ? "none"
            : s.years().get(0)
                + "–"
                + s.years().get(s.years().size() - 1)
                + " ("
                + s.years().size()
                + ")");
    out.printf(
        "  pages       %d (%d files written, %d unchanged reused)%n",
        s.pages().total(), s.pages().written(), s.pages().reused());
    if (!s.pages().cacheNote().isEmpty()) {
      out.printf("  cache       %s%n", s.pages().cacheNote());
    }
    out.printf("  warnings    %d%n", s.warnings().size());
    out.printf("  output      %s%n", s.output());
    out.printf("  time        %.1f s%n", s.elapsed().toMillis() / 1000.0);
  }
}
