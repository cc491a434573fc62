package cn.zwgk.publisher.check;

import cn.zwgk.publisher.metadata.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Finds where text seen on a page is written in its report's Markdown source, so a finding can name
 * {@code content/…md:LINE}. Sources are read only when a finding needs them, once each.
 * Thread-safe.
 */
public final class SourceLines {
  private final Map<String, Text> texts = new ConcurrentHashMap<>();
  private final Consumer<Report> reads;

  public SourceLines() {
    this(report -> {});
  }

  /** Source lines that tell {@code reads} of every report whose source is searched. */
  SourceLines(Consumer<Report> reads) {
    this.reads = reads;
  }

  /**
   * The 1-based line of {@code report}'s source on which {@code needle} starts, or 0 when the
   * source does not contain it. Paragraphs may wrap: the text is searched with line breaks removed,
   * as the page shows it.
   */
  public int lineOf(Report report, String needle) {
    if (needle.isEmpty()) {
      return 0;
    }
    reads.accept(report);
    Text text = texts.computeIfAbsent(report.path(), p -> Text.read(report));
    return text.lineOf(needle);
  }

  /** A source file with its line breaks removed and the offset at which each line starts. */
  private record Text(String joined, int[] lineStarts) {
    static Text read(Report report) {
      String content;
      try {
        content = Files.readString(report.file(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + report.path(), e);
      }
      String[] lines = content.split("\r?\n", -1);
      int[] starts = new int[lines.length];
      StringBuilder joined = new StringBuilder(content.length());
      for (int i = 0; i < lines.length; i++) {
        starts[i] = joined.length();
        joined.append(lines[i]);
      }
      return new Text(joined.toString(), starts);
    }

    int lineOf(String needle) {
      int at = joined.indexOf(needle);
      if (at < 0) {
        return 0;
      }
      int line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= at) {
        line++;
      }
      return line + 1;
    }
  }
}
