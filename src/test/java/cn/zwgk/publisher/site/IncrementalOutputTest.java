package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalOutputTest {
  private static final String DOC = "search/docs/3.json";

  @TempDir Path temp;
  private Path previous;
  private BuildCache cache;

  @BeforeEach
  void previousBuild() throws IOException {
    previous = temp.resolve("site");
    Path file = Files.createDirectories(previous.resolve("search/docs")).resolve("3.json");
    Files.writeString(file, "{\"text\":\"正文\"}");
    cache =
        BuildCache.of(
            Map.of(
                DOC,
                new BuildCache.Entry(
                    "key-of-report-a", IncrementalOutput.sha256(file), FileStamp.of(file))));
  }

  @Test
  void findsThePreviousFileMadeFromAKey() {
    var output = new IncrementalOutput(previous, temp.resolve("staging"), cache);
    var lookup = output.previousByKey("search/docs/");
    assertEquals(Optional.of(previous.resolve(DOC)), lookup.apply("key-of-report-a"));
    assertEquals(Optional.empty(), lookup.apply("key-of-report-b"));
    assertEquals(Optional.of("key-of-report-a"), output.previousKey(DOC));
    assertEquals(Optional.empty(), output.previousByKey("reports/").apply("key-of-report-a"));
  }

  @Test
  void findsNothingChangedSinceTheBuild() throws IOException {
    Files.writeString(previous.resolve(DOC), "{\"text\":\"被改过的正文\"}");
    var staged = new IncrementalOutput(previous, temp.resolve("staging"), cache);
    assertEquals(Optional.empty(), staged.previousByKey("search/").apply("key-of-report-a"));
  }

  @Test
  void findsNothingWhenWritingInPlaceWhereThisBuildMayHaveOverwrittenIt() {
    var inPlace = IncrementalOutput.inPlace(previous, cache);
    assertEquals(Optional.empty(), inPlace.previousByKey("search/").apply("key-of-report-a"));
  }
}
