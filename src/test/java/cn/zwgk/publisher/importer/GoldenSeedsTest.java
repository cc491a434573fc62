package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.metadata.ReportValidator;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each seed report {@code golden/X.txt} imports (without completions) to exactly
 * {@code golden/X.md}, and prints exactly {@code golden/X.log}. Run with {@code
 * -Dgolden.update=true} to rewrite the expected files after an intended change, then review the
 * diff.
 */
class GoldenSeedsTest {
  private static final Path GOLDEN_DIR =
      Path.of("src/test/resources/cn/zwgk/publisher/importer/golden");

  static Stream<String> seeds() {
    return Arrays.stream(ImportFixtures.SEEDS);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void importsSeedToGoldenReport(String seed) throws IOException {
    ImportedReport report =
        ImportFixtures.importBytes(
            seed + ".txt", ImportFixtures.resource(ImportFixtures.GOLDEN + seed + ".txt"));
    String text = ImportFixtures.fileText(report);
    String log = ImportFixtures.log(report);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN_DIR.resolve(seed + ".md"), text, StandardCharsets.UTF_8);
      Files.writeString(GOLDEN_DIR.resolve(seed + ".log"), log, StandardCharsets.UTF_8);
    }
    assertEquals(golden(seed + ".md"), text);
    assertEquals(golden(seed + ".log"), log);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void goldenReportPassesValidation(String seed) {
    byte[] bytes = ImportFixtures.resource(ImportFixtures.GOLDEN + seed + ".md");
    List<Problem> problems = new ArrayList<>();
    String year =
        new String(bytes, StandardCharsets.UTF_8).replaceAll("(?s).*\nyear=(\\d{4}).*", "$1");
    String path = "content/reports/" + year + "/" + seed + ".md";
    Optional<SourceFile> source =
        new SourceFileParser(SourceFileParser.DEFAULT_SEPARATOR)
            .parse(path, Path.of(path), bytes, problems);
    assertTrue(source.isPresent(), problems.toString());
    assertTrue(
        new ReportValidator(SiteConfig.parse("")).validate(source.get(), problems).isPresent(),
        problems.toString());
    assertEquals(List.of(), problems.stream().filter(Problem::isError).toList());
  }

  @Test
  void everyGoldenInputHasItsOutputs() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN_DIR)) {
      List<String> inputs =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt"))
              .map(n -> n.substring(0, n.length() - 4))
              .sorted()
              .toList();
      assertEquals(List.of(ImportFixtures.SEEDS), inputs);
      for (String input : inputs) {
        assertTrue(Files.isRegularFile(GOLDEN_DIR.resolve(input + ".md")), input + ".md");
        assertTrue(Files.isRegularFile(GOLDEN_DIR.resolve(input + ".log")), input + ".log");
      }
    }
  }

  /** The fixtures are copies of the shared seeds; checked where the shared folder is present. */
  @ParameterizedTest
  @MethodSource("seeds")
  void goldenInputIsTheSharedSeed(String seed) throws IOException {
    Path shared = Path.of("../shared/seeds", seed + ".txt");
    assumeTrue(Files.isRegularFile(shared), "../shared/seeds is not beside the project");
    assertEquals(
        new String(Files.readAllBytes(shared), StandardCharsets.UTF_8),
        ImportFixtures.seedText(seed));
  }

  private static String golden(String name) {
    return new String(
        ImportFixtures.resource(ImportFixtures.GOLDEN + name), StandardCharsets.UTF_8);
  }
}
