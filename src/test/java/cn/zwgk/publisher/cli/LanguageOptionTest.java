package cn.zwgk.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.testing.FixtureSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages are Chinese unless English is asked for with --lang en, on content errors and usage
 * errors alike. (PUBLISHER_LANG is not set where the tests run.)
 */
class LanguageOptionTest {
  @TempDir Path dir;

  @Test
  void contentErrorsAreChineseByDefaultAndEnglishOnRequest() {
    Path site = FixtureSite.copy("invalid-mixed", dir.resolve("src"));
    CliRun zh = CliRun.raw("build", "--source", site.toString());
    assertEquals(1, zh.status());
    assertTrue(
        zh.err()
            .contains(
                "content/reports/2024/b-bad-date.md:4: 发布日期（date）: “2025-02-30”不是日历上存在的日期。"
                    + "请检查月份和日期，写成 年-月-日，例如 2025-01-02"),
        zh.err());
    assertTrue(zh.err().contains("未发布任何内容，原有网站保持不变"), zh.err());
    CliRun en = CliRun.of("build", "--source", site.toString(), "--lang", "en");
    assertTrue(
        en.err()
            .contains(
                "content/reports/2024/b-bad-date.md:4: date: \"2025-02-30\" is not a calendar date"
                    + " (expected yyyy-MM-dd)"),
        en.err());
  }

  @Test
  void usageErrorsSayHowToGetHelpInTheChosenLanguage() {
    CliRun zh = CliRun.raw("build", "--sauce", "x");
    assertEquals(2, zh.status());
    assertTrue(zh.err().startsWith("命令用法错误：不认识的选项或参数：--sauce x。请检查拼写\n"), zh.err());
    assertTrue(zh.err().contains("运行 `publisher build --help` 查看可用的选项"), zh.err());
    CliRun en = CliRun.of("build", "--sauce", "x", "--lang", "en");
    assertTrue(en.err().contains("run `publisher build --help` for the options"), en.err());
  }

  @Test
  void picocliErrorsAreToldInChineseWithWhatToWrite() {
    assertEquals(
        "命令用法错误：不认识的选项或参数：--ful。你是否想写 --full？\n运行 `publisher build --help` 查看可用的选项\n",
        CliRun.raw("build", "--ful").err());
    assertEquals(
        "命令用法错误：--port 的值“abc”无效（应为整数，例如 30）。请改正\n" + "运行 `publisher serve --help` 查看可用的选项\n",
        CliRun.raw("serve", "--port", "abc").err());
    assertEquals(
        "命令用法错误：--rollback, --list 不能同时使用。请只写其中一个\n" + "运行 `publisher deploy --help` 查看可用的选项\n",
        CliRun.raw("deploy", "--list", "--rollback").err());
    assertEquals(
        "命令用法错误：缺少必需的参数：FILE。请补上\n运行 `publisher import --help` 查看可用的选项\n",
        CliRun.raw("import").err());
    CliRun none = CliRun.raw();
    assertEquals(2, none.status());
    assertTrue(
        none.err().startsWith("命令用法错误：没有写命令。请写 build, check, import, new, serve, deploy, demo 之一"),
        none.err());
    assertEquals(
        "usage error: invalid value \"abc\" for --port (expected a whole number, e.g. 30)\n"
            + "run `publisher serve --help` for the options\n",
        CliRun.of("serve", "--port", "abc").err());
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    CliRun run = CliRun.raw("check", "--lang", "fr");
    assertEquals(2, run.status());
    assertTrue(
        run.err().startsWith("命令用法错误：--lang：“fr”不是 zh 或 en。请写 --lang zh（中文）或 --lang en（英文）\n"),
        run.err());
  }
}
