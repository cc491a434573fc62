package cn.zwgk.publisher.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The search stage is plain Java: only the JBake adapter in site/jbake may import JBake. */
class SearchPackageTest {
  @Test
  void importsNothingFromJBakeOrTheSiteStage() throws IOException {
    Path folder = Path.of("src/main/java/cn/zwgk/publisher/search");
    try (Stream<Path> files = Files.list(folder)) {
      List<String> offending =
          files
              .filter(
                  f -> {
                    try {
                      String text = Files.readString(f);
                      return text.contains("import org.jbake")
                          || text.contains("import cn.zwgk.publisher.site");
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(f -> f.getFileName().toString())
              .toList();
      assertEquals(List.of(), offending);
    }
  }
}
