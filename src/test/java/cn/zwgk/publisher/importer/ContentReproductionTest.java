package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.metadata.SpamWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's sample content is reproducible: importing the five seeds with the editor's
 * completions in {@code registry/completions/} gives {@code content/reports/**} byte for byte, and
 * leaves {@code registry/issued-numbers.csv} as committed.
 */
class ContentReproductionTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  @Test
  void seedsPlusCompletionsReproduceContentReports(@TempDir Path site) throws IOException {
    Path seeds = Files.createDirectories(site.resolve("seeds"));
    for (String seed : ImportFixtures.SEEDS) {
      Files.write(
          seeds.resolve(seed + ".txt"),
          ImportFixtures.resource(ImportFixtures.GOLDEN + seed + ".txt"));
    }
    Files.createDirectories(site.resolve("registry"));
    for (String file : List.of(IssuerRegistry.PATH, IssuedNumbers.PATH)) {
      Files.copy(PROJECT.resolve(file), site.resolve(file));
    }
    SiteConfig config =
        Files.isRegularFile(PROJECT.resolve(SiteConfig.FILE_NAME))
            ? SiteConfig.load(PROJECT)
            : SiteConfig.parse("");
    ImportSettings settings =
        new ImportSettings(config, SpamWords.of(config), IssuerRegistry.load(site), 2025);
    List<ImportOutcome> outcomes =
        new ImportBatch(
                settings,
                new ImportBatch.Options(
                    site,
                    site.resolve("content"),
                    Optional.of(PROJECT.resolve("registry/completions")),
                    false,
                    false))
            .run(List.of(seeds));

    assertEquals(List.of(), outcomes.stream().flatMap(o -> o.errors().stream()).toList());
    Map<String, String> produced = reports(site.resolve("content/reports"));
    Map<String, String> committed = reports(PROJECT.resolve("content/reports"));
    assertFalse(produced.isEmpty());
    assertEquals(
        committed.keySet(),
        produced.keySet(),
        "content/reports must hold exactly the reports imported from the seeds");
    for (String name : produced.keySet()) {
      assertEquals(committed.get(name), produced.get(name), name);
    }
    assertEquals(
        Files.readString(PROJECT.resolve(IssuedNumbers.PATH)),
        Files.readString(site.resolve(IssuedNumbers.PATH)));
  }

  private static Map<String, String> reports(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
