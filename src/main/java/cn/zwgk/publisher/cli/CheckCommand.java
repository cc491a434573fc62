package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.check.CheckInput;
import cn.zwgk.publisher.check.CheckResult;
import cn.zwgk.publisher.check.JsonReport;
import cn.zwgk.publisher.check.ManifestVerifier;
import cn.zwgk.publisher.check.SiteChecker;
import cn.zwgk.publisher.check.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code publisher check}: the pre-publication gate over a built site and its source, or with
 * {@code --verify DIR} a comparison of a deployed copy with the build's manifest. Exit 0 when
 * nothing is an error, 1 otherwise.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a built site before it goes live: broken links, empty columns, undated items, spam,"
          + " hidden links, foreign scripts, personal data, residue, impossible dates; late and"
          + " missing reports, stale home page, mandated sections, external links (warnings).",
      "Severities are set in jbake.properties: check.<rule>=error|warning|off."
    })
final class CheckCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin(name = LanguageOption.MIXIN)
  LanguageOption lang = new LanguageOption();

  /** Findings listed per rule in the text report; the JSON report lists all. */
  static final int TEXT_LIMIT = 50;

  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description =
          "Site source folder with content/ and jbake.properties (default: current folder).")
  Path source = Path.of("");

  @Option(
      names = "--site",
      paramLabel = "DIR",
      description = "Built site to check (default: SOURCE/target/site).")
  Path site;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.text;

  @Option(
      names = "--verify",
      paramLabel = "DIR",
      description =
          "Instead of checking, compare the deployed copy in DIR with the manifest of the build"
              + " in --site and report every file changed, added or removed.")
  Path verify;

  @Option(
      names = "--json-report",
      paramLabel = "FILE",
      description =
          "Also write the machine-readable report (as --format json prints it) to FILE, e.g. to"
              + " keep it as a CI build artifact.")
  Path jsonReport;

  @Override
  public Integer call() {
    Path siteDir = site != null ? site : source.resolve("target").resolve("site");
    CheckResult result =
        verify != null
            ? new ManifestVerifier().verify(siteDir, verify)
            : new SiteChecker(Clock.systemUTC()).check(CheckInput.load(siteDir, source));
    PrintWriter out = spec.commandLine().getOut();
    if (jsonReport != null) {
      writeJson(result, jsonReport);
    }
    if (format == Format.json) {
      new JsonReport().write(result, out, lang.messages());
    } else {
      new TextReport(TEXT_LIMIT).write(result, out, lang.messages());
    }
    return result.hasErrors() ? PublisherCli.EXIT_INVALID : 0;
  }

  private static void writeJson(CheckResult result, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (PrintWriter w =
          new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), false)) {
        new JsonReport().write(result, w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
