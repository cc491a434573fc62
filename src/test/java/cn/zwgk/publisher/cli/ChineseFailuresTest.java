package cn.zwgk.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.testing.FixtureSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures that are not bad content (a deploy that cannot start, an output folder a build refuses,
 * a bad setting) are printed in Chinese by default, each saying what to do, and in English with
 * --lang en. (PUBLISHER_LANG is not set where the tests run.)
 */
class ChineseFailuresTest {
  @TempDir Path dir;

  @Test
  void aDeployUrlOfAnotherSchemeSaysWhatToWrite() {
    CliRun zh =
        CliRun.raw("deploy", "--source", dir.toString(), "--url", "ftp://example.gov.cn/srv");
    assertEquals(PublisherCli.EXIT_DEPLOY, zh.status());
    assertEquals(
        "错误: 部署地址“ftp://example.gov.cn/srv”的协议不受支持。请写成 sftp://主机:端口/路径 或 file:///路径"
            + "（WebDAV 见 docs/deploy.md）\n",
        zh.err());
    CliRun en =
        CliRun.of("deploy", "--source", dir.toString(), "--url", "ftp://example.gov.cn/srv");
    assertEquals(
        "error: deploy URL \"ftp://example.gov.cn/srv\" has an unsupported scheme (expected"
            + " sftp://host:port/path or file:///path; see docs/deploy.md for WebDAV)\n",
        en.err());
  }

  @Test
  void aDeployOfASiteNotBuiltSaysToBuildFirst() {
    Path site = dir.resolve("target/site");
    CliRun zh =
        CliRun.raw(
            "deploy",
            "--source",
            dir.toString(),
            "--site",
            site.toString(),
            "--url",
            "file://" + dir.resolve("www"));
    assertEquals(PublisherCli.EXIT_DEPLOY, zh.status());
    assertEquals("错误: 网站文件夹 " + site + " 不存在。请先运行 `publisher build`，或用 --site 指定生成的网站\n", zh.err());
  }

  @Test
  void anOutputFolderABuildMayNotReplaceIsRefusedInChinese() throws Exception {
    Path source = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Path output = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(output.resolve("notes.txt"), "mine");
    CliRun zh = CliRun.raw("build", "--source", source.toString(), "--output", output.toString());
    assertEquals(PublisherCli.EXIT_USAGE, zh.status());
    assertEquals(
        "错误: 输出文件夹 "
            + output
            + " 不是空的，也不是本工具以前生成的网站（其中没有 publisher build 写的 .manifest.json）；生成会替换整个输出文件夹，"
            + "所以只替换空文件夹或以前生成的网站（应为新的或空的文件夹，或以前生成的网站，且在 content/、templates/、assets/、"
            + "registry/ 和 jbake.properties 之外，例如默认的 SOURCE/target/site）；没有做任何改动。请用 --output 另选一个文件夹\n",
        zh.err());
  }

  @Test
  void aBadSettingNamesItsLineInChinese() throws Exception {
    Path source = FixtureSite.copy("valid-basic", dir.resolve("src"));
    Files.writeString(
        source.resolve("jbake.properties"),
        Files.readString(source.resolve("jbake.properties")) + "check.stale_home_days=两周\n");
    CliRun zh = CliRun.raw("check", "--source", source.toString());
    assertEquals(1, zh.status(), zh.err());
    String line = String.valueOf(Files.readAllLines(source.resolve("jbake.properties")).size());
    assertEquals(
        "jbake.properties:"
            + line
            + ": check.stale_home_days: “两周”不是正整数天数。请写天数，例如 14\n"
            + "共 1 个错误，未发布任何内容，原有网站保持不变。请按上面各行的提示改正后重新运行\n",
        zh.err());
  }
}
