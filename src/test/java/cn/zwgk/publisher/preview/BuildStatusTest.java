package cn.zwgk.publisher.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.problem.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status pages poll: the error panel's heading travels with the errors, in their language. */
class BuildStatusTest {
  @Test
  void aFailedBuildCarriesThePanelHeadingInTheReadersLanguage() {
    BuildStatus failed =
        new BuildStatus(
            3,
            List.of("content/reports/2024/a.md:4: 发布日期（date）: “2025/1/2”的写法不对"),
            Messages.DEFAULT.get("preview.panel.heading"));
    assertEquals(
        "{\"version\":3,\"heading\":\"生成失败，仍显示上一次成功的版本。请按下面的提示改正，保存后会自动重新生成：\","
            + "\"errors\":[\"content/reports/2024/a.md:4: 发布日期（date）: “2025/1/2”的写法不对\"]}",
        failed.toJson());
  }

  @Test
  void aGoodBuildHasNoHeading() {
    assertEquals("{\"version\":2,\"errors\":[]}", new BuildStatus(2, List.of()).toJson());
  }
}
