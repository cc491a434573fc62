package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Text;

/**
 * Something in a report an editor must look at before it is published: injected spam, a placeholder
 * left by anonymisation, a text cut short, an invalid stated value. A report with a finding is
 * written as a draft; the official text is left exactly as it was.
 *
 * @param at where it is in the input
 * @param rule short name of the rule ({@code spam}, {@code placeholder}, {@code truncated}, or a
 *     header key)
 * @param text what was found and what the editor should do, rendered when printed
 */
public record Finding(SourcePosition at, String rule, Text text) {
  /** A finding with a literal message, printed the same in every language. */
  public Finding(SourcePosition at, String rule, String message) {
    this(at, rule, Text.literal(message));
  }

  /** What was found, in English (for logs and tests). */
  public String message() {
    return text.toString();
  }

  /** {@code path:line:col: warning: rule: message}, in English (for logs and tests). */
  public String format(String path) {
    return format(path, Messages.ENGLISH);
  }

  /** {@code path:line:col: warning: rule: message} in the language of {@code m}. */
  public String format(String path, Messages m) {
    return path
        + ":"
        + at
        + ": "
        + m.get("severity.warning")
        + ": "
        + m.fieldLabel(rule)
        + ": "
        + text.render(m);
  }
}
