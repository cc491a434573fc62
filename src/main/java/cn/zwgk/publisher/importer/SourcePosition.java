package cn.zwgk.publisher.importer;

/**
 * Where a piece of text starts in an input: 1-based line and column. For text and HTML inputs the
 * line is the line of the file; for .docx inputs it is the paragraph number in the document body.
 */
public record SourcePosition(int line, int column) {
  /** The position {@code offset} characters further along the same line. */
  public SourcePosition plus(int offset) {
    return new SourcePosition(line, column + offset);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
