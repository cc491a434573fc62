package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.metadata.ReportValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders and writes report files in the content format: {@code key=value} header lines in the
 * national order (名称, type, status, 发布日期, 成文日期, 索引号, 分类, 发布机构, township, county, year, 文号, 主题词),
 * the separator line, then the Markdown body. Never replaces an existing file unless asked.
 * Stateless.
 */
public final class ReportFileWriter {
  /** Header keys in the order they are written: the schema's national order. */
  public static final List<String> KEY_ORDER = ReportValidator.HEADER_KEYS;

  public static final String SEPARATOR = "~~~~~~";

  private ReportFileWriter() {}

  /** The file text: every key of {@link #KEY_ORDER} (empty when unknown), separator, body. */
  public static String render(Map<String, String> header, String body) {
    List<String> lines = new ArrayList<>();
    for (String key : KEY_ORDER) {
      lines.add(key + "=" + oneLine(header.getOrDefault(key, "")));
    }
    for (String key : ReportValidator.OPTIONAL_KEYS) {
      String value = header.getOrDefault(key, "");
      if (!value.isEmpty()) {
        lines.add(key + "=" + oneLine(value));
      }
    }
    lines.add(SEPARATOR);
    lines.add("");
    return String.join("\n", lines) + "\n" + body;
  }

  /**
   * Writes {@code text} to {@code file}, creating its folder. An existing file is an error unless
   * {@code force}: then it is replaced.
   */
  public static void write(Path file, String text, boolean force)
      throws FileAlreadyExistsException {
    try {
      Files.createDirectories(file.getParent());
      if (force) {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } else {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String oneLine(String value) {
    return value.replaceAll("[\\r\\n]+", " ").strip();
  }
}
