package cn.zwgk.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code --help} is Chinese by default and English with {@code --lang en}, for every command: every
 * command, option and parameter has a text in cli/help_zh.properties, so none falls back to the
 * English of the annotations.
 */
class HelpTextsTest {
  /** Two English words in a row, as every English description has and no Chinese one does. */
  private static final Pattern LATIN_WORDS =
      Pattern.compile("(?<![-<.`\\w])[A-Za-z][a-z]+ [a-z]{2,}(?![\\w>])");

  private static String help(String... args) {
    StringWriter out = new StringWriter();
    int status = PublisherCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    assertEquals(0, status, String.join(" ", args));
    return out.toString();
  }

  @Test
  void topLevelHelpIsChineseByDefault() {
    String zh = help("--help");
    assertTrue(zh.startsWith("用法：publisher [-hV] [COMMAND]\n政府信息公开网站的静态网站生成工具。\n"), zh);
    assertTrue(zh.contains("  -h, --help      显示本帮助并退出。\n"), zh);
    assertTrue(zh.contains("命令：\n  build   检查 content/ 中的报告，并把网站生成到输出文件夹。\n"), zh);
  }

  @Test
  void helpIsEnglishWithLangEn() {
    String en = help("deploy", "--help", "--lang", "en");
    assertTrue(en.startsWith("Usage: publisher deploy [-hV]"), en);
    assertTrue(en.contains("Make the previous release live again."), en);
    assertTrue(en.contains("  -h, --help              Show this help message and exit.\n"), en);
    assertFalse(en.contains("用法"), en);
  }

  @Test
  void deployHelpIsChinese() {
    String zh = help("deploy", "--help");
    assertTrue(zh.startsWith("用法：publisher deploy [-hV]"), zh);
    assertTrue(zh.contains("      --rollback          让上一个版本重新上线。\n"), zh);
  }

  /** Every description the Chinese help prints is Chinese: nothing reads as an English sentence. */
  @Test
  void everyCommandOptionAndParameterHasAChineseText() {
    CommandLine cli = new CommandLine(new PublisherCli());
    List<String> commands = new ArrayList<>(List.of(""));
    for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
      commands.add(sub.getKey());
    }
    List<String> english = new ArrayList<>();
    for (String command : commands) {
      String zh = command.isEmpty() ? help("--help") : help(command, "--help");
      String en =
          command.isEmpty()
              ? help("--help", "--lang", "en")
              : help(command, "--help", "--lang", "en");
      assertTrue(zh.lines().count() >= 3, zh);
      for (String line : zh.lines().toList()) {
        if (!line.startsWith("用法：") && LATIN_WORDS.matcher(line).find()) {
          english.add(command + ": " + line);
        }
      }
      assertTrue(en.startsWith("Usage: publisher"), en);
    }
    assertEquals(List.of(), english);
  }
}
