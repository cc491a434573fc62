package cn.zwgk.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.site.BuildProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageTimesTest {
  @Test
  void printsEachStageAsItEndsAndPassesEverythingOn() {
    List<String> seen = new ArrayList<>();
    BuildProgress shown =
        new BuildProgress() {
          @Override
          public void stage(String name, long total) {
            seen.add(name + "/" + total);
          }

          @Override
          public void advance() {
            seen.add("+");
          }

          @Override
          public void finish() {
            seen.add("done");
          }
        };
    StringWriter out = new StringWriter();
    StageTimes times = new StageTimes(shown, new PrintWriter(out));
    times.stage("validate", 2);
    times.advance();
    times.stage("check", 0);
    times.finish();
    assertEquals(List.of("validate/2", "+", "check/0", "done"), seen);
    List<String> lines = out.toString().lines().toList();
    assertEquals(4, lines.size(), out.toString());
    assertTrue(lines.get(0).matches("stage start \\d+\\.\\d\\d s"), lines.get(0));
    assertTrue(lines.get(1).matches("stage validate \\d+\\.\\d\\d s"), lines.get(1));
    assertTrue(lines.get(2).matches("stage check \\d+\\.\\d\\d s"), lines.get(2));
    assertTrue(lines.get(3).matches("stage total \\d+\\.\\d\\d s"), lines.get(3));
  }
}
