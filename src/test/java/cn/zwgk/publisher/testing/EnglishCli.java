package cn.zwgk.publisher.testing;

import java.util.Arrays;

/**
 * Command lines of tests that assert English output: {@code --lang en} added after the command, so
 * the tests do not depend on the machine's {@code PUBLISHER_LANG}.
 */
public final class EnglishCli {
  private EnglishCli() {}

  public static String[] args(String... args) {
    if (args.length == 0 || args[0].startsWith("-") || Arrays.asList(args).contains("--lang")) {
      return args;
    }
    String[] out = Arrays.copyOf(args, args.length + 2);
    out[args.length] = "--lang";
    out[args.length + 1] = "en";
    return out;
  }
}
