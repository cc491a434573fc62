package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.problem.Language;
import cn.zwgk.publisher.problem.Messages;
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
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--lang: \"" + value + "\" is not zh or en");
    }
    this.value = value;
  }

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  private String value;

  Messages messages() {
    return Messages.of(Language.choose(value, System.getenv(Language.ENVIRONMENT_VARIABLE)));
  }

  /** The messages of the command run by {@code cli}: its {@code --lang}, else the environment. */
  static Messages of(CommandLine cli) {
    Object mixin = cli.getMixins().get(MIXIN);
    return mixin instanceof LanguageOption l
        ? l.messages()
        : Messages.of(Language.choose(null, System.getenv(Language.ENVIRONMENT_VARIABLE)));
  }
}
