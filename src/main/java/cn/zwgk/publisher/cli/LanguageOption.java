package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.problem.Language;
import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Text;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --lang zh|en} option every command carries: the language of what the command prints.
 * Without it the environment variable {@code PUBLISHER_LANG} decides, else Chinese.
 */
final class LanguageOption {
  /** The name under which commands mix this option in; {@link ErrorHandler} looks it up. */
  static final String MIXIN = "lang";

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Language of messages: zh (default) or en; also PUBLISHER_LANG.")
  void setLanguage(String value) {
    if (Language.parse(value).isEmpty()) {
      throw new TextParameterException(spec.commandLine(), Text.of("cli.lang.unknown", value));
    }
    this.value = value;
  }

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  private String value;

  Messages messages() {
    return Messages.of(Language.choose(value, System.getenv(Language.ENVIRONMENT_VARIABLE)));
  }

  /**
   * The language a command line asks for before it is parsed: its {@code --lang} as written (the
   * line may not parse), else the environment variable, else Chinese.
   */
  static Language of(String[] args) {
    String option = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--lang=")) {
        option = args[i].substring("--lang=".length());
      } else if (args[i].equals("--lang") && i + 1 < args.length) {
        option = args[i + 1];
      }
    }
    return Language.choose(option, System.getenv(Language.ENVIRONMENT_VARIABLE));
  }

  /** The messages of the command run by {@code cli}: its {@code --lang}, else the environment. */
  static Messages of(CommandLine cli) {
    Object mixin = cli.getMixins().get(MIXIN);
    return mixin instanceof LanguageOption l
        ? l.messages()
        : Messages.of(Language.choose(null, System.getenv(Language.ENVIRONMENT_VARIABLE)));
  }
}
