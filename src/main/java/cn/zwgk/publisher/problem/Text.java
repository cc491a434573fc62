package cn.zwgk.publisher.problem;

import java.util.List;
import java.util.Objects;

/**
 * A user-facing text kept as a message key and its arguments, so that every stage can produce
 * problems and findings while only the printer chooses the language. A text without a key is a
 * literal (a message not yet moved into the bundles), printed as it is in every language.
 *
 * <p>Arguments are kept as strings, so a year prints as {@code 2025}, never {@code 2,025}, or as
 * texts, rendered in the same language as the text holding them.
 */
public record Text(String key, List<Object> args, String literal) {

  public Text {
    if ((key == null) == (literal == null)) {
      throw new IllegalArgumentException("a text has either a key or a literal");
    }
    args = List.copyOf(args);
  }

  /** The text of message {@code key} with {@code args} substituted for {0}, {1}, …. */
  public static Text of(String key, Object... args) {
    Objects.requireNonNull(key, "key");
    return new Text(key, java.util.Arrays.stream(args).map(Text::argument).toList(), null);
  }

  /** A text printed as given in every language. */
  public static Text literal(String text) {
    Objects.requireNonNull(text, "text");
    return new Text(null, List.of(), text);
  }

  public boolean isLiteral() {
    return key == null;
  }

  /** The text in the language of {@code messages}. */
  public String render(Messages messages) {
    if (isLiteral()) {
      return literal;
    }
    return messages.format(
        key,
        args.stream().map(a -> a instanceof Text t ? t.render(messages) : (String) a).toList());
  }

  /**
   * The same text with {@code f} applied to the literal and to every string argument, nested texts
   * included: e.g. to mask secrets a library repeated in an argument.
   */
  public Text mapStrings(java.util.function.UnaryOperator<String> f) {
    if (isLiteral()) {
      return literal(f.apply(literal));
    }
    return new Text(
        key,
        args.stream()
            .map(a -> a instanceof Text t ? t.mapStrings(f) : f.apply((String) a))
            .toList(),
        null);
  }

  /** The text in English, for logs and exceptions; printers use {@link #render}. */
  @Override
  public String toString() {
    return render(Messages.ENGLISH);
  }

  private static Object argument(Object arg) {
    return arg instanceof Text ? arg : String.valueOf(arg);
  }
}
