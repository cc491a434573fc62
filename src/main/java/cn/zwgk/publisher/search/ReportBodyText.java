package cn.zwgk.publisher.search;

import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.metadata.BodyNesting;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.render.MarkdownRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report's source file again and turns its Markdown body into plain text: the same Markdown
 * renderer and sanitizer as the report page (so the index holds exactly the text the page shows,
 * and nothing the sanitizer removed), as Jsoup's text of the sanitized tree. Thread-safe.
 */
public final class ReportBodyText implements BodyText {
  private final SourceFileParser parser;
  private final MarkdownRenderer markdown;

  public ReportBodyText(String headerSeparator, MarkdownRenderer markdown) {
    this.parser = new SourceFileParser(headerSeparator);
    this.markdown = markdown;
  }

  @Override
  public String of(Report report) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(report.file());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + report.path() + " for the search index", e);
    }
    List<Problem> problems = new ArrayList<>();
    var source = parser.parse(report.path(), report.file(), bytes, problems);
    if (source.isEmpty()) {
      // The file validated moments ago: it changed during the build.
      throw new InvalidContentException(problems);
    }
    try {
      return markdown.render(source.get().body()).text();
    } catch (StackOverflowError tooDeep) {
      // Validation refuses such bodies; this keeps a miss from ending the build unnamed.
      throw new InvalidContentException(
          BodyNesting.tooDeepToRender(report.path(), source.get().bodyLine()));
    }
  }
}
