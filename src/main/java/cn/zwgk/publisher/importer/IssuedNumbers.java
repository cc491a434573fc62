package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
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
 * show up as a merge conflict). Allocation runs under {@link #locked}, an exclusive lock on the log
 * file, so two {@code publisher new} runs at once never issue the same number.
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

  /**
   * Runs {@code action} with the log as it is on disk while holding an exclusive lock on the file
   * (created with its preamble when absent), and returns what it returns. Other processes calling
   * this wait for the lock; so do other threads of this process (a JVM holds one lock per file, so
   * they retry until it is free).
   */
  public static <T> T locked(Path sourceDir, java.util.function.Function<IssuedNumbers, T> action) {
    Path file = sourceDir.resolve(PATH);
    try {
      Files.createDirectories(file.getParent());
      try (java.nio.channels.FileChannel channel =
          java.nio.channels.FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
        try (java.nio.channels.FileLock lock = acquire(channel)) {
          if (channel.size() == 0) {
            channel.write(java.nio.ByteBuffer.wrap(PREAMBLE.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
          }
          return action.apply(load(sourceDir));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + file, e);
    }
  }

  private static java.nio.channels.FileLock acquire(java.nio.channels.FileChannel channel)
      throws IOException {
    while (true) {
      try {
        return channel.lock();
      } catch (java.nio.channels.OverlappingFileLockException heldInThisJvm) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for the lock", e);
        }
      }
    }
  }

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
                PATH, row.number(), "index_number", Text.of("registry.row", row.line(), COLUMNS)));
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
      if (!Files.exists(file) || Files.size(file) == 0) {
        Files.writeString(file, PREAMBLE, StandardCharsets.UTF_8);
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
