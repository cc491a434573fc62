package cn.zwgk.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void theLineShowsStageCountRateAndTimeLeft() {
    assertEquals(
        "render    4,000/10,000  1,000/s  6 s left",
        TerminalProgress.line("render", 4_000, 10_000, 4_000_000_000L));
    assertEquals("check     10/10  5/s", TerminalProgress.line("check", 10, 10, 2_000_000_000L));
    assertEquals(
        "生成页面      4,000/10,000  1,000/s  还需约 6 秒",
        TerminalProgress.line(
            "render", 4_000, 10_000, 4_000_000_000L, cn.zwgk.publisher.problem.Messages.DEFAULT));
  }

  @Test
  void withoutATerminalAShortStagePrintsNothingAndNoControlCharacters() {
    StringWriter text = new StringWriter();
    TerminalProgress progress = new TerminalProgress(new PrintWriter(text), false);
    progress.stage("render", 3);
    progress.advance();
    progress.advance();
    progress.advance();
    progress.finish();
    assertEquals("", text.toString(), "a line only every few seconds");
  }

  @Test
  void onATerminalTheLineIsRedrawnInPlace() {
    StringWriter text = new StringWriter();
    TerminalProgress progress = new TerminalProgress(new PrintWriter(text), true);
    progress.stage("render", 2);
    progress.advance();
    progress.advance();
    assertTrue(text.toString().startsWith("\r\033[Krender"), text.toString());
    assertTrue(text.toString().contains("2/2"), text.toString());
  }
}
