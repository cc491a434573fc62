package cn.zwgk.publisher.content;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A report source split into header and body. {@code path} is the display path relative to the
 * site source (used in every problem), {@code file} the real location. {@code bodyLine} is the
 * 1-based line on which the body starts, so problems found in the body can name source lines.
 */
public record SourceFile(
    String path, Path file, Map<String, HeaderField> header, String body, int bodyLine) {

  public SourceFile {
    header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
  }

  public Optional<HeaderField> field(String key) {
    return Optional.ofNullable(header.get(key));
  }
}
