package cn.zwgk.publisher.problem;

/**
 * A failure whose text tells the reader what is wrong and what to do, kept as a message key so it
 * is printed in the reader's language. Exceptions that are not explained (a library's, an I/O
 * error) are printed with their messages and the advice of {@code cli.unexpected}.
 */
public interface Explained {
  /** What is wrong and what to do. */
  Text text();

  /**
   * How {@code failure} is told in the language of {@code messages}: its text when it is explained,
   * else its message and those of its causes, with general advice.
   */
  static String describe(Throwable failure, Messages messages) {
    if (failure instanceof Explained e) {
      return e.text().render(messages);
    }
    StringBuilder chain = new StringBuilder(String.valueOf(failure.getMessage()));
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      chain.append(": ").append(cause.getMessage());
    }
    return messages.get("cli.unexpected", chain);
  }
}
