package cn.zwgk.publisher.importer;

/**
 * Something in a report an editor must look at before it is published: injected spam, a placeholder
 * left by anonymisation, a text cut short, an invalid stated value. A report with a finding is
 * written as a draft; the official text is left exactly as it was.
 *
 * @param at where it is in the input
 * @param rule short name of the rule ({@code spam}, {@code placeholder}, {@code truncated}, or a
 *     header key)
 * @param message what was found and what the editor should do
 */
public record Finding(SourcePosition at, String rule, String message) {
  /** {@code path:line:col: warning: rule: message}. */
  public String format(String path) {
    return path + ":" + at + ": warning: " + rule + ": " + message;
  }
}
