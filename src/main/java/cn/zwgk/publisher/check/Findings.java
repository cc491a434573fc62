package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * Where one rule puts what it finds, with the rule's id and configured severity filled in.
 * Thread-safe for {@link Rule#checkSite} and the site-wide outlet; the outlet of one page's {@link
 * Rule#checkPage} is used by one thread.
 */
public final class Findings {
  private final String rule;
  private final Severity severity;
  private final Queue<Finding> out;
  private final List<String> remembered = new ArrayList<>();

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

  /**
   * In {@link Rule#checkPage} of a {@link Rule.Reads#PAGE} rule: something about this page the
   * rule's {@link Rule#checkSite} needs (e.g. its 索引号, to find numbers used twice). Kept with the
   * page's findings; when the page is not checked again it reaches the rule through {@link
   * Rule#recall}.
   */
  public void remember(String value) {
    remembered.add(value);
  }

  String rule() {
    return rule;
  }

  Severity severity() {
    return severity;
  }

  List<String> remembered() {
    return remembered;
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
