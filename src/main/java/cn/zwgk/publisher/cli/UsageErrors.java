package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.problem.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * The text of a usage error in words of the message bundles: picocli's own errors (unknown option,
 * missing parameter, a value that does not convert, options used together) are read from the
 * exception's fields, ours carry their text ({@link TextParameterException}); anything else keeps
 * picocli's English words. Stateless.
 */
final class UsageErrors {
  private static final Pattern EXCLUSIVE = Pattern.compile("^Error: (.*) are mutually exclusive");

  private UsageErrors() {}

  static Text text(ParameterException ex) {
    if (ex instanceof TextParameterException ours) {
      return ours.text();
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String args = String.join(" ", unmatched.getUnmatched());
      List<String> suggestions = unmatched.getSuggestions();
      return suggestions.isEmpty()
          ? Text.of("cli.usage.unknown", args)
          : Text.of("cli.usage.unknown.suggest", args, String.join(", ", suggestions));
    }
    if (ex instanceof CommandLine.MissingParameterException missing
        && !missing.getMissing().isEmpty()) {
      return Text.of(
          "cli.usage.missing",
          String.join(", ", missing.getMissing().stream().map(UsageErrors::name).toList()));
    }
    if (ex instanceof CommandLine.OverwrittenOptionException twice
        && twice.getOverwritten() != null) {
      return Text.of("cli.usage.twice", name(twice.getOverwritten()));
    }
    if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
      Matcher m = EXCLUSIVE.matcher(String.valueOf(ex.getMessage()));
      if (m.find()) {
        return Text.of("cli.usage.exclusive", m.group(1));
      }
    }
    if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() != null) {
      return Text.of(
          "cli.usage.invalid_value",
          name(ex.getArgSpec()),
          ex.getValue(),
          expected(ex.getArgSpec()));
    }
    return Text.of("cli.usage.other", String.valueOf(ex.getMessage()));
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.longestName();
    }
    return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
  }

  /** What the option takes, in words. */
  private static Text expected(ArgSpec arg) {
    Class<?> type = arg.type();
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return Text.of("cli.usage.expected.integer");
    }
    if (type == LocalDate.class) {
      return Text.of("cli.usage.expected.date");
    }
    return Text.of("cli.usage.expected.other", type.getSimpleName());
  }
}
