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
    assertTrue(zh.err().startsWith("命令用法错误：Unknown options: '--sauce', 'x'"), zh.err());
    assertTrue(zh.err().contains("运行 `publisher build --help` 查看可用的选项"), zh.err());
    CliRun en = CliRun.of("build", "--sauce", "x", "--lang", "en");
    assertTrue(en.err().contains("run `publisher build --help` for the options"), en.err());
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    CliRun run = CliRun.raw("check", "--lang", "fr");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--lang: \"fr\" is not zh or en"), run.err());
  }
}
