package cn.zwgk.publisher.search;

import cn.zwgk.publisher.metadata.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Body text taken from the previous build's document file of a report whose source has not changed,
 * instead of rendering its Markdown again: a one-report edit would otherwise render every body for
 * the search index (most of a one-edit build of 10,000 reports). The text in that file is exactly
 * what rendering gave then, and the same source renders the same text (the file is found by a key
 * that covers the source, the publisher's version and settings). Any doubt — no such file,
 * unreadable, another report's — falls back. Thread-safe when the lookup is.
 */
public final class PreviousDocumentText implements BodyText {
  private final Function<Report, Optional<Path>> previousFile;
  private final BodyText fallback;

  /**
   * @param previousFile the intact previous document file made from this report's current source,
   *     if any
   * @param fallback gives the text otherwise
   */
  public PreviousDocumentText(Function<Report, Optional<Path>> previousFile, BodyText fallback) {
    this.previousFile = Objects.requireNonNull(previousFile, "previousFile");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public String of(Report report) {
    Optional<Path> file = previousFile.apply(report);
    if (file.isPresent()) {
      try {
        SearchDocument previous =
            ShardWriter.json().readValue(file.get().toFile(), SearchDocument.class);
        if (report.uri().equals(previous.uri()) && previous.text() != null) {
          return previous.text();
        }
      } catch (IOException | RuntimeException unreadable) {
        // render it again below
      }
    }
    return fallback.of(report);
  }
}
