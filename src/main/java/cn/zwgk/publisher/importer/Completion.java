package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import cn.zwgk.publisher.metadata.ReportValidator;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editor's completions of one imported report, kept beside the input so an import can be
 * repeated: header values the input does not state ({@code county=忠县}) and text fixes that resolve
 * findings ({@code text.1.find=皇冠足球比分}, {@code text.1.replace=关于}). Read from {@code
 * registry/completions/<input name>.properties} (UTF-8, {@code key=value} lines, {@code #}
 * comments). Immutable.
 *
 * @param path the completion file as named to the user
 */
public record Completion(String path, Map<String, String> header, List<TextFix> fixes) {
  /** Header keys a completion may set: every schema key but the fixed {@code type}. */
  public static final Set<String> HEADER_KEYS =
      ReportValidator.HEADER_KEYS.stream()
          .filter(k -> !k.equals("type"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Pattern TEXT_KEY = Pattern.compile("text\\.([0-9]+)\\.(find|replace)");

  public Completion {
    header = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(header));
    fixes = List.copyOf(fixes);
  }

  /** One text fix: every occurrence of {@code find} becomes {@code replace}. */
  public record TextFix(String find, String replace, int line) {}

  /** Parses the text of a completion file; every bad line is an error naming it. */
  public static Completion parse(String path, String text) {
    Map<String, String> header = new LinkedHashMap<>();
    Map<Integer, String[]> fixes = new java.util.TreeMap<>();
    Map<Integer, Integer> fixLines = new java.util.HashMap<>();
    List<Problem> problems = new ArrayList<>();
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq).strip();
      String value = eq < 0 ? "" : line.substring(eq + 1).strip();
      Matcher m = TEXT_KEY.matcher(key);
      if (eq < 0) {
        problems.add(
            Problem.error(path, i + 1, "completion", Text.of("import.completion.no_equals")));
      } else if (HEADER_KEYS.contains(key)) {
        header.put(key, value);
      } else if (m.matches()) {
        int n = Integer.parseInt(m.group(1));
        fixes.computeIfAbsent(n, k -> new String[2])[m.group(2).equals("find") ? 0 : 1] = value;
        fixLines.putIfAbsent(n, i + 1);
      } else {
        problems.add(Problem.error(path, i + 1, key, Text.of("import.completion.unknown_key")));
      }
    }
    List<TextFix> textFixes = new ArrayList<>();
    fixes.forEach(
        (n, pair) -> {
          if (pair[0] == null || pair[0].isEmpty() || pair[1] == null) {
            problems.add(
                Problem.error(
                    path, fixLines.get(n), "text." + n, Text.of("import.completion.pair", n)));
          } else {
            textFixes.add(new TextFix(pair[0], pair[1], fixLines.get(n)));
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new Completion(path, header, textFixes);
  }

  /**
   * {@code blocks} with the text fixes applied; a fix that matches nothing is an error, since the
   * completion no longer fits its input. What was replaced is added to {@code notes}.
   */
  public List<SourceBlock> apply(List<SourceBlock> blocks, List<Text> notes) {
    List<SourceBlock> out = new ArrayList<>(blocks);
    for (TextFix fix : fixes) {
      int count = 0;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i) instanceof Paragraph p && p.text().contains(fix.find())) {
          count += occurrences(p.text(), fix.find());
          out.set(i, p.withText(p.text().replace(fix.find(), fix.replace()), 0));
        }
      }
      if (count == 0) {
        throw new InvalidContentException(
            Problem.error(
                path,
                fix.line(),
                "completion",
                Text.of("import.completion.not_found", fix.find())));
      }
      notes.add(
          Text.of(
              "import.note.completion_fix",
              path + ":" + fix.line(),
              fix.find(),
              fix.replace(),
              count));
    }
    return out;
  }

  private static int occurrences(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
      n++;
    }
    return n;
  }
}
