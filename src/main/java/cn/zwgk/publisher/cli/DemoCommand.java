package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.demo.DemoSite;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.BuildSummary;
import cn.zwgk.publisher.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code publisher demo}: bakes the fictional demonstration county 样例县 into its own folder. The
 * demo's source is written into a temporary folder (never into content/) with the templates and
 * assets of {@code --source}, built, and deleted.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Bake a demonstration portal of the fictional county 样例县 (8 townships, 4 years) into"
            + " its own folder, marked as a demonstration on every page.")
final class DemoCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin(name = LanguageOption.MIXIN)
  LanguageOption lang = new LanguageOption();

  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description =
          "Site source whose templates/, assets/ and jbake.properties the demo uses (default: current folder).")
  Path source = Path.of("");

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Output folder (default: SOURCE/target/demo).")
  Path output;

  @Override
  public Integer call() throws IOException {
    Path out = output == null ? source.resolve("target").resolve("demo") : output;
    Path demoSource = Files.createTempDirectory("publisher-demo-");
    try {
      DemoSite.write(source, demoSource, LocalDate.now(ZoneId.of("Asia/Shanghai")));
      BuildSummary summary =
          new SiteBuilder(TerminalProgress.forConsole(spec.commandLine().getErr(), lang.messages()))
              .build(new BuildRequest(demoSource, out));
      BuildCommand.print(summary, spec.commandLine().getOut(), lang.messages());
      spec.commandLine().getOut().println(lang.messages().get("demo.done", out));
      return 0;
    } finally {
      deleteTree(demoSource);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the demo source " + dir, e);
    }
  }
}
