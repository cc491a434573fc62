package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.problem.Problem;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Refuses a report body nested deeper than {@link #MAX_DEPTH}: quotes, lists, list items, emphasis,
 * links and table parts inside one another. Flexmark parses and renders nesting by recursion, so a
 * few hundred levels (a 1–10 KB body of {@code > > > …}, {@code - - - …} or {@code ***…}) end the
 * build with a {@link StackOverflowError} naming no file; real reports nest about 6 deep.
 *
 * <p>Most bodies are not parsed here: a linear scan bounds the depth from above (each container
 * level takes at least one column of a line's leading markers, each inline level at least one
 * {@code *}, {@code _} or {@code [} of its paragraph), and only a body whose bound exceeds the
 * limit is parsed and measured, with the parse's own overflow caught. Built once; thread-safe.
 */
public final class BodyNesting {
  /**
   * The deepest nesting a body may have, counted as Flexmark's syntax tree (the HTML elements of
   * the page, roughly). Rendering overflowed a 1 MB thread stack (the JVM's default) at 700–950
   * levels, measured with {@code -Xint} and JIT; 50 leaves a wide margin for the callers' own
   * frames and is far above any real report.
   */
  public static final int MAX_DEPTH = 50;

  static final String FIELD = "body";

  /** Levels a leaf block adds however it is written: paragraph or table parts, text. */
  private static final int LEAF_LEVELS = 6;

  private final Parser parser;

  public BodyNesting() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    this.parser = Parser.builder(options).build();
  }

  /** True when {@code source}'s body is shallow enough; else adds the problem and returns false. */
  public boolean check(SourceFile source, List<Problem> problems) {
    Bound bound = bound(source.body());
    if (bound.depth() <= MAX_DEPTH) {
      return true;
    }
    Document document;
    try {
      document = parser.parse(source.body());
    } catch (StackOverflowError tooDeepToParse) {
      problems.add(tooDeep(source.path(), source.bodyLine() + bound.line()));
      return false;
    }
    Node node = document.getFirstChild();
    int depth = 1;
    int firstTooDeep = -1;
    while (node != null) {
      if (depth > MAX_DEPTH) {
        firstTooDeep = document.getLineNumber(node.getStartOffset());
        break;
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != null && node != document && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == null || node == document ? null : node.getNext();
    }
    if (firstTooDeep >= 0) {
      problems.add(tooDeep(source.path(), source.bodyLine() + firstTooDeep));
      return false;
    }
    return true;
  }

  /**
   * The problem of a body too deep to render, for the render stage's catch of {@link
   * StackOverflowError} (a second line of defence behind {@link #check}).
   */
  public static Problem tooDeepToRender(String path, int bodyLine) {
    return Problem.error(
        path,
        bodyLine,
        FIELD,
        "is nested too deeply to render (expected at most "
            + MAX_DEPTH
            + " levels of quotes, lists and emphasis inside one another)");
  }

  /**
   * The depth itself is left out: a body too deep even to parse has none, and how deep a parse gets
   * depends on the thread's stack.
   */
  static Problem tooDeep(String path, int line) {
    return Problem.error(
        path,
        line,
        FIELD,
        "quotes, lists, emphasis or links nest more than "
            + MAX_DEPTH
            + " levels deep here (expected at most "
            + MAX_DEPTH
            + " levels inside one another; real reports need fewer than 10)");
  }

  /** An upper bound of the nesting depth and the 0-based body line where it is largest. */
  record Bound(int depth, int line) {}

  static Bound bound(String body) {
    int best = 0;
    int bestLine = 0;
    int line = 0;
    int chunkStart = 0;
    int chunkPrefix = 0;
    int chunkInline = 0;
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      if (isBlank(body, start, end)) {
        chunkPrefix = 0;
        chunkInline = 0;
        chunkStart = line + 1;
      } else {
        chunkPrefix = Math.max(chunkPrefix, prefixColumns(body, start, end));
        chunkInline += inlineMarkers(body, start, end);
        int depth = chunkPrefix + chunkInline + LEAF_LEVELS;
        if (depth > best) {
          best = depth;
          bestLine = chunkStart;
        }
      }
      line++;
      start = end + 1;
    }
    return new Bound(best, bestLine);
  }

  private static boolean isBlank(String body, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(body.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Columns of container markers and indentation at the start of a line (a tab counts 4). */
  private static int prefixColumns(String body, int start, int end) {
    int columns = 0;
    for (int i = start; i < end; i++) {
      char c = body.charAt(i);
      if (c == '\t') {
        columns += 4;
      } else if (c == ' '
          || c == '>'
          || c == '-'
          || c == '+'
          || c == '*'
          || c == '.'
          || c == ')'
          || (c >= '0' && c <= '9')) {
        columns++;
      } else {
        break;
      }
    }
    return columns;
  }

  /** Characters that may open an inline level: emphasis and link or image brackets. */
  private static int inlineMarkers(String body, int start, int end) {
    int count = 0;
    for (int i = start; i < end; i++) {
      char c = body.charAt(i);
      if (c == '*' || c == '_' || c == '[') {
        count++;
      }
    }
    return count;
  }
}
