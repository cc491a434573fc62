package cn.zwgk.publisher.problem;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages messages are printed in. Chinese is the default: the people who write the reports
 * are township office staff who read Chinese; English is for maintainers who ask for it.
 */
public enum Language {
  ZH("zh"),
  EN("en");

  /** The environment variable that chooses the language when no {@code --lang} is given. */
  public static final String ENVIRONMENT_VARIABLE = "PUBLISHER_LANG";

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * The language named by {@code value} ({@code zh}, {@code en}, {@code zh-CN}, {@code en_US},
   * case-insensitive), or empty when it names none.
   */
  public static Optional<Language> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (v.equals(l.code) || v.startsWith(l.code + "-") || v.startsWith(l.code + "_")) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The language chosen by an explicit option (may be null), else by the environment variable value
   * (may be null), else Chinese.
   */
  public static Language choose(String option, String environment) {
    return parse(option).or(() -> parse(environment)).orElse(ZH);
  }
}
