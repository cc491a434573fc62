package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The append-only log of every 索引号 issued, {@code registry/issued-numbers.csv}: one line per number
 * with the report file it was issued for. A number in the log is never issued again, even when its
 * report is deleted, so nothing is ever renumbered. Lines are only added, never changed. Not
 * thread-safe: one process appends at a time (the log is kept in git, where concurrent additions
 * show up as a merge conflict).
 */
public final class IssuedNumbers {
  /** Where the log lives in the site source. */
  public static final String PATH = "registry/issued-numbers.csv";

  static final String COLUMNS = "index_number,file";

  private static final String PREAMBLE =
      "# 索引号 issued so far: append-only. Never change or delete a line; a number is never reused,\n"
          + "# even when its report is deleted. Written by `publisher new` and `publisher import`.\n"
          + COLUMNS
          + "\n";

  private final Path file;
  private final List<Entry> entries;

  private IssuedNumbers(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = new ArrayList<>(entries);
  }

  /** One issued number and the report file (display path) it was issued for. */
  public record Entry(String indexNumber, String file, int line) {}

  /** The log of {@code sourceDir}; an absent file is an empty log. */
  public static IssuedNumbers load(Path sourceDir) {
    Path file = sourceDir.resolve(PATH);
    if (!Files.isRegularFile(file)) {
      return new IssuedNumbers(file, List.of());
    }
    try {
      return new IssuedNumbers(file, parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<Entry> parse(String text) {
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (RegistryCsv.Row row : RegistryCsv.rows(PATH, COLUMNS, text, problems)) {
      String[] f = row.fields();
      if (f.length != 2 || f[0].isBlank()) {
        problems.add(
            Problem.error(
                PATH,
                row.number(),
                "index_number",
                "\"" + row.line() + "\" (expected " + COLUMNS + ")"));
        continue;
      }
      entries.add(new Entry(f[0].strip(), f[1].strip(), row.number()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return entries;
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The entry of {@code indexNumber}, if it was issued. */
  public Optional<Entry> find(String indexNumber) {
    return entries.stream().filter(e -> e.indexNumber().equals(indexNumber)).findFirst();
  }

  /** Appends {@code indexNumber}, issued for {@code reportPath}, to the log on disk. */
  public void append(String indexNumber, String reportPath) {
    if (indexNumber.contains(",") || reportPath.contains(",") || indexNumber.contains("\n")) {
      throw new IllegalArgumentException("commas or newlines in " + indexNumber + " " + reportPath);
    }
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.writeString(file, PREAMBLE, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
      int line = (int) Files.readString(file, StandardCharsets.UTF_8).lines().count() + 1;
      Files.writeString(
          file,
          indexNumber + "," + reportPath + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      entries.add(new Entry(indexNumber, reportPath, line));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }
}
