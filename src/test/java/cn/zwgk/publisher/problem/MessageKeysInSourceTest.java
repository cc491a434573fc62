package cn.zwgk.publisher.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code names exists in the bundles: a literal key exactly, a key built by
 * appending to a literal ending in '.' at least with one key of that prefix.
 */
class MessageKeysInSourceTest {
  private static final Pattern KEY =
      Pattern.compile("(?:Text\\.of|\\.get)\\(\\s*\"([a-z_]+\\.[a-z_.]*)\"");

  @Test
  void everyKeyNamedInTheCodeIsInTheBundles() throws IOException {
    Set<String> keys = Messages.of(Language.ZH).keys();
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(f));
        while (m.find()) {
          String key = m.group(1);
          boolean known =
              key.endsWith(".")
                  ? keys.stream().anyMatch(k -> k.startsWith(key))
                  : keys.contains(key);
          if (!known) {
            missing.add(key + " (" + f.getFileName() + ")");
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }
}
