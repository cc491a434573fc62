package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** deploy depends only on config, problem and manifest among the project's packages. */
class DeployDependenciesTest {
  private static final Pattern PROJECT_IMPORT =
      Pattern.compile("^import (?:static )?cn\\.zwgk\\.publisher\\.(\\w+)\\.", Pattern.MULTILINE);
  private static final List<String> ALLOWED = List.of("deploy", "config", "problem", "manifest");

  @Test
  void importsOnlyAllowedPackages() throws IOException {
    Path dir = Path.of("src/main/java/cn/zwgk/publisher/deploy");
    List<String> offending;
    try (Stream<Path> files = Files.list(dir)) {
      offending =
          files
              .flatMap(
                  f -> {
                    try {
                      Matcher m = PROJECT_IMPORT.matcher(Files.readString(f));
                      return m
                          .results()
                          .map(r -> f.getFileName() + " imports " + r.group(1))
                          .toList()
                          .stream();
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .filter(s -> ALLOWED.stream().noneMatch(a -> s.endsWith(" imports " + a)))
              .toList();
    }
    assertEquals(List.of(), offending);
  }
}
