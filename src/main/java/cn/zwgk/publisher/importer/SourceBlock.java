package cn.zwgk.publisher.importer;

import java.util.List;

/** One block of an input document in reading order: a paragraph of text or a table. */
public sealed interface SourceBlock {
  SourcePosition at();

  /**
   * A paragraph, stripped of indentation. {@code styleLevel} is the Markdown heading level a Word
   * heading style asks for (2 for Heading 1 …), or 0 when the input has no such style.
   */
  record Paragraph(String text, SourcePosition at, int styleLevel) implements SourceBlock {
    public Paragraph(String text, SourcePosition at) {
      this(text, at, 0);
    }

    /** The same paragraph with other text that starts {@code offset} characters later. */
    public Paragraph withText(String newText, int offset) {
      return new Paragraph(newText, at.plus(offset), styleLevel);
    }
  }

  /** A table: rows of cell texts, the first row taken as the header row. */
  record Table(List<List<String>> rows, SourcePosition at) implements SourceBlock {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
