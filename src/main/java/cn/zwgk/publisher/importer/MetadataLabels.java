package cn.zwgk.publisher.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The table of metadata labels ({@code metadata-labels.txt}): every label a portal prints, the
 * field it belongs to and its priority, and the tokenizer that finds labels in a line however the
 * portal lays them out: with or without a colon, spaced ({@code 索 引 号}), several to a line, glued
 * to the next label or value ({@code 发布机构发文日期 2023-01-12}), behind bullets or table pipes. The
 * table is data; this class knows no label. Immutable and thread-safe.
 */
final class MetadataLabels {
  /** The field of labels that are read and left out (有效性 …). */
  static final String DROPPED = "-";

  /** The field of chrome words that end a value (浏览次数 …). */
  static final String CHROME = "~";

  private static final String SPACE = "[ \\t\\u3000\\u00A0]*";

  private static final MetadataLabels SHIPPED = load();

  /**
   * One label.
   *
   * @param name the label without spaces
   * @param field the field (索引号 …, or {@link #DROPPED} / {@link #CHROME})
   * @param rank its priority within the field, 0 first
   * @param needsColon whether it counts only before a colon
   */
  record Label(String name, String field, int rank, boolean needsColon) {
    boolean isField() {
      return !field.equals(DROPPED) && !field.equals(CHROME);
    }
  }

  /**
   * A label found in a line.
   *
   * @param start where the label starts
   * @param valueStart where its value starts (after the label and any colon)
   * @param colon whether a colon follows it
   */
  record Token(Label label, int start, int valueStart, boolean colon) {}

  /** A line read into labels and values. {@code values.get(i)} is the value of token i. */
  record LabelledLine(String text, int lead, List<Token> tokens, List<String> values) {
    /** Whether the line starts with a label (after bullets, pipes and spaces). */
    boolean startsWithLabel() {
      return !tokens.isEmpty() && tokens.get(0).start() == lead;
    }

    /** How many labels that are not chrome the line has. */
    long labelCount() {
      return tokens.stream().filter(t -> !t.label().field().equals(CHROME)).count();
    }

    boolean anyColon() {
      return tokens.stream().anyMatch(t -> t.colon() && !t.label().field().equals(CHROME));
    }

    /** Whether the line is one label and nothing else: its value is on the next line. */
    boolean isLabelOnly() {
      return tokens.size() == 1 && startsWithLabel() && values.get(0).isEmpty();
    }
  }

  private final Map<String, Label> byName;
  private final List<String> fields;
  private final Pattern anyLabel;

  private MetadataLabels(List<Label> labels, List<String> fields) {
    this.byName = labels.stream().collect(Collectors.toMap(Label::name, l -> l, (a, b) -> a));
    this.fields = List.copyOf(fields);
    String alternatives =
        labels.stream()
            .map(Label::name)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(MetadataLabels::spaced)
            .collect(Collectors.joining("|"));
    this.anyLabel = Pattern.compile("(?:" + alternatives + ")");
  }

  static MetadataLabels shipped() {
    return SHIPPED;
  }

  /** The fields, in the table's order. */
  List<String> fields() {
    return fields;
  }

  /** The label {@code name} (spaces ignored), or null. */
  Label label(String name) {
    return byName.get(name.replaceAll(SPACE, ""));
  }

  /** Reads {@code line} into labels and their values. */
  /**
   * Whether {@link #read} would find a label at the start of {@code line} (after its bullets): the
   * cheap test that most lines of text fail, before reading them whole.
   */
  boolean startsWithLabel(String line) {
    int n = line.length();
    int lead = 0;
    while (lead < n && isBullet(line.charAt(lead))) {
      lead++;
    }
    Matcher m = anyLabel.matcher(line).region(lead, n);
    if (!m.lookingAt()) {
      return false;
    }
    if (!byName.get(m.group().replaceAll(SPACE, "")).needsColon()) {
      return true;
    }
    int j = m.end();
    while (j < n && isSpace(line.charAt(j))) {
      j++;
    }
    return j < n && (line.charAt(j) == ':' || line.charAt(j) == '：');
  }

  LabelledLine read(String line) {
    int n = line.length();
    int lead = 0;
    while (lead < n && isBullet(line.charAt(lead))) {
      lead++;
    }
    List<Token> tokens = new ArrayList<>();
    Matcher m = anyLabel.matcher(line);
    int lastEnd = -1;
    int i = lead;
    while (i < n) {
      if (isBoundary(line, i, lastEnd) && m.region(i, n).lookingAt()) {
        Label label = byName.get(m.group().replaceAll(SPACE, ""));
        int j = m.end();
        while (j < n && isSpace(line.charAt(j))) {
          j++;
        }
        boolean colon = j < n && (line.charAt(j) == ':' || line.charAt(j) == '：');
        if (label.needsColon() && !colon) {
          i++;
          continue;
        }
        int valueStart = colon ? j + 1 : m.end();
        tokens.add(new Token(label, i, valueStart, colon));
        lastEnd = valueStart;
        i = valueStart;
        continue;
      }
      i++;
    }
    List<String> values = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      int to = t + 1 < tokens.size() ? tokens.get(t + 1).start() : n;
      values.add(clean(line.substring(tokens.get(t).valueStart(), to)));
    }
    return new LabelledLine(line, lead, tokens, values);
  }

  /** A value without the spaces, pipes, bullets and empty brackets around it. */
  static String clean(String raw) {
    String v = raw.replace('\u00A0', ' ');
    int from = 0;
    int to = v.length();
    while (from < to && isEdge(v.charAt(from))) {
      from++;
    }
    while (to > from && isEdge(v.charAt(to - 1))) {
      to--;
    }
    v = v.substring(from, to);
    return v.equals("-") || v.equals("—") ? "" : v;
  }

  private static boolean isEdge(char c) {
    return isSpace(c) || "|｜•·●▪[]【】".indexOf(c) >= 0;
  }

  private static boolean isBoundary(String line, int i, int lastEnd) {
    if (i == 0 || i == lastEnd) {
      return true;
    }
    char c = line.charAt(i - 1);
    return isSpace(c) || "|｜•·●▪-—*【[（(:：,，;；/".indexOf(c) >= 0;
  }

  private static boolean isBullet(char c) {
    return isSpace(c) || "|｜•·●▪*-—".indexOf(c) >= 0;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
  }

  private static String spaced(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      if (i > 0) {
        out.append(SPACE);
      }
      out.append(Pattern.quote(String.valueOf(name.charAt(i))));
    }
    return out.toString();
  }

  private static MetadataLabels load() {
    List<Label> labels = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    Map<String, Integer> ranks = new HashMap<>();
    try (InputStream in = MetadataLabels.class.getResourceAsStream("metadata-labels.txt")) {
      if (in == null) {
        throw new IllegalStateException("metadata-labels.txt is missing from the classpath");
      }
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        String field = line.substring(0, eq).strip();
        if (!field.equals(DROPPED) && !field.equals(CHROME)) {
          fields.add(field);
        }
        for (String word : line.substring(eq + 1).strip().split("\\s+")) {
          boolean needsColon = word.endsWith("?");
          String name = needsColon ? word.substring(0, word.length() - 1) : word;
          int rank = ranks.merge(field, 1, Integer::sum) - 1;
          labels.add(new Label(name, field, rank, needsColon));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read metadata-labels.txt", e);
    }
    return new MetadataLabels(labels, fields);
  }
}
