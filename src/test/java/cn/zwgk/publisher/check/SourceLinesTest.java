package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLinesTest {
  @TempDir Path tmp;

  @Test
  void findsTextOnItsLineAlsoWhenAParagraphWraps() throws IOException {
    Path file = tmp.resolve("content/reports/2024/pq.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, "title=埔前镇报告\ntype=report\nstatus=draft\n~~~~~~\n第一段。\n\n县委、县政府皇冠\n足球比分:《要点》\n");
    Report report = new ReportLoader(tmp, SiteConfig.parse(""), "~~~~~~").load().reports().get(0);
    SourceLines lines = new SourceLines();
    assertEquals(1, lines.lineOf(report, "埔前镇报告"));
    assertEquals(5, lines.lineOf(report, "第一段"));
    assertEquals(7, lines.lineOf(report, "皇冠足球比分"));
    assertEquals(8, lines.lineOf(report, "比分"));
    assertEquals(0, lines.lineOf(report, "百家乐"));
  }
}
