package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.Queue;

/**
 * Where one rule puts what it finds, with the rule's id and configured severity filled in.
 * Thread-safe: pages are checked in parallel.
 */
public final class Findings {
  private final String rule;
  private final Severity severity;
  private final Queue<Finding> out;

  Findings(String rule, Severity severity, Queue<Finding> out) {
    this.rule = rule;
    this.severity = severity;
    this.out = out;
  }

  /** A finding about a page that comes from no source file (templates, tampering, absence). */
  public void add(String page, String message, String advice) {
    add(page, Source.NONE, message, advice);
  }

  /** A finding about a page that comes from {@code source}. */
  public void add(String page, Source source, String message, String advice) {
    out.add(new Finding(rule, severity, page, source.path(), source.line(), message, advice));
  }

  /** A finding from no source file, its texts rendered when printed. */
  public void add(String page, Text message, Text advice) {
    add(page, Source.NONE, message, advice);
  }

  /** A finding that comes from {@code source}, its texts rendered when printed. */
  public void add(String page, Source source, Text message, Text advice) {
    out.add(new Finding(rule, severity, page, source.path(), source.line(), message, advice));
  }
}
