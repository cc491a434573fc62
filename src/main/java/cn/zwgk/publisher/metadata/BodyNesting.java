package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
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
 * level takes at least one column of a line's leading markers, each inline level an open bracket or
 * emphasis delimiter of its paragraph). Only a body whose bound exceeds the limit is parsed and
 * measured, with the parse's own overflow caught; one whose bound is far above it is refused
 * unparsed. The emphasis part of the bound follows CommonMark's matching closely but not in every
 * corner, so the render stage catches an overflow too. Built once; thread-safe.
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

  /**
   * A bound above which the body is refused without parsing: a parse at 10,000 levels took 3–18 s
   * (quadratic), at this bound it takes milliseconds. Only markup built to nest (or a line of
   * hundreds of {@code -}, {@code >} or {@code *}) gets here.
   */
  private static final int UNPARSED_LIMIT = 1000;

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
    if (bound.depth() > UNPARSED_LIMIT) {
      // Parsing such nesting takes Flexmark seconds (it is quadratic in the depth) or overflows.
      problems.add(tooDeep(source.path(), source.bodyLine() + bound.line()));
      return false;
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
        path, bodyLine, FIELD, Text.of("metadata.body.too_deep_to_render", MAX_DEPTH));
  }

  /**
   * The depth itself is left out: a body too deep even to parse has none, and how deep a parse gets
   * depends on the thread's stack.
   */
  static Problem tooDeep(String path, int line) {
    return Problem.error(path, line, FIELD, Text.of("metadata.body.too_deep", MAX_DEPTH));
  }

  /** An upper bound of the nesting depth and the 0-based body line where it is largest. */
  record Bound(int depth, int line) {}

  static Bound bound(String body) {
    int best = 0;
    int bestLine = 0;
    int line = 0;
    int chunkStart = 0;
    int prefix = 0;
    Inline inline = new Inline();
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      if (isBlank(body, start, end)) {
        prefix = 0;
        inline = new Inline();
        chunkStart = line + 1;
      } else {
        if (startsBlock(body, start, end)) {
          inline = new Inline();
        }
        prefix = Math.max(prefix, prefixColumns(body, start, end));
        inline.scan(body, start, end);
        int depth = prefix + inline.deepest() + LEAF_LEVELS;
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

  /**
   * Whether a line starts a block that ends the paragraph before it (a bullet item or an ATX
   * heading), so inline nesting cannot continue across it.
   */
  private static boolean startsBlock(String body, int start, int end) {
    int i = start;
    while (i < end && i - start < 4 && body.charAt(i) == ' ') {
      i++;
    }
    if (i + 1 >= end) {
      return false;
    }
    char c = body.charAt(i);
    return ((c == '-' || c == '+' || c == '*') && body.charAt(i + 1) == ' ') || c == '#';
  }

  /**
   * Open inline levels of one paragraph, from above: brackets not yet closed (links and images nest
   * only inside brackets), and emphasis delimiters that may open and are not yet closed by a run of
   * the same character, per character as CommonMark matches them.
   */
  private static final class Inline {
    private int brackets;
    private int stars;
    private int underscores;
    private int deepest;

    int deepest() {
      return deepest;
    }

    void scan(String body, int start, int end) {
      int i = start;
      while (i < end) {
        char c = body.charAt(i);
        if (c == '[') {
          brackets++;
        } else if (c == ']') {
          brackets = Math.max(0, brackets - 1);
        } else if (c == '*' || c == '_') {
          int j = i;
          while (j < end && body.charAt(j) == c) {
            j++;
          }
          boolean mayOpen = j < end && !Character.isWhitespace(body.charAt(j));
          boolean mayClose = i > start && !Character.isWhitespace(body.charAt(i - 1));
          int open = c == '*' ? stars : underscores;
          // A run that may close does when something of its kind is open; else it may open.
          open = mayClose && open > 0 ? Math.max(0, open - (j - i)) : mayOpen ? open + j - i : open;
          if (c == '*') {
            stars = open;
          } else {
            underscores = open;
          }
          i = j;
          deepest = Math.max(deepest, brackets + stars + underscores);
          continue;
        }
        deepest = Math.max(deepest, brackets + stars + underscores);
        i++;
      }
    }
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
}
