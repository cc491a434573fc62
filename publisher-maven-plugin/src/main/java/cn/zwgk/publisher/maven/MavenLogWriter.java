package cn.zwgk.publisher.maven;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * A writer that hands each finished line to Maven's log: standard output as info, error output as
 * error or warning by what the line says, so Maven's colours and {@code -q} apply. Remembers the
 * error lines for the failure message. Used by one command at a time.
 */
final class MavenLogWriter extends Writer {
  private final Log log;
  private final boolean errorStream;
  private final StringBuilder line = new StringBuilder();
  private final List<String> problems = new ArrayList<>();

  MavenLogWriter(Log log, boolean errorStream) {
    this.log = log;
    this.errorStream = errorStream;
  }

  @Override
  public void write(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c == '\n') {
        emit();
      } else if (c != '\r') {
        line.append(c);
      }
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    if (line.length() > 0) {
      emit();
    }
  }

  /** The error lines printed so far (warnings excluded). */
  List<String> problemLines() {
    return List.copyOf(problems);
  }

  private void emit() {
    String text = line.toString();
    line.setLength(0);
    if (isWarning(text)) {
      log.warn(text);
    } else if (!errorStream) {
      log.info(text);
    } else {
      log.error(text);
      problems.add(text);
    }
  }

  private static boolean isWarning(String text) {
    return text.contains("warning:") || text.contains("警告");
  }
}
