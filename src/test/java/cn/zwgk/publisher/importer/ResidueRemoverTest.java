package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidueRemoverTest {
  private static Paragraph p(String text, int line) {
    return new Paragraph(text, new SourcePosition(line, 1));
  }

  @Test
  void removesWordBookmarkResidueAndSaysWhere() {
    List<Removal> removals = new ArrayList<>();
    List<SourceBlock> out =
        ResidueRemover.removeInline(
            List.of(p("[bookmark: _GoBack]2023年，坪山镇党委、政府在县委的领导下。", 5)), removals);
    assertEquals(List.of(new Paragraph("2023年，坪山镇党委、政府在县委的领导下。", new SourcePosition(5, 20))), out);
    assertEquals(
        List.of("in.txt:5:1: removed: residue: \"[bookmark: _GoBack]\""),
        removals.stream().map(r -> r.format("in.txt")).toList());
  }

  @Test
  void removesZeroWidthCharactersAndConverterBanners() {
    List<Removal> removals = new ArrayList<>();
    List<SourceBlock> out =
        ResidueRemover.removeInline(
            List.of(
                p("依法\u200B行政", 1),
                p("Evaluation Warning: The document was created with Spire.Doc for .NET.", 2)),
            removals);
    assertEquals(List.of(new Paragraph("依法行政", new SourcePosition(1, 1))), out);
    assertEquals(
        List.of(
            "in.txt:1:3: removed: residue: \"U+200B (zero-width character)\"",
            "in.txt:2:1: removed: residue: \"Evaluation Warning: The document was created with Spire.Doc"
                + " …\""),
        removals.stream().map(r -> r.format("in.txt")).toList());
  }

  @Test
  void leavesOfficialTextWithBracketsAlone() {
    List<Removal> removals = new ArrayList<>();
    List<SourceBlock> in = List.of(p("严格执行[2023]年度计划和【重点工作】。", 1));
    assertEquals(in, ResidueRemover.removeInline(in, removals));
    assertEquals(List.of(), removals);
  }

  @Test
  void cutsTheAdvertisingTailAfterTrialReadingEnds() {
    List<Removal> removals = new ArrayList<>();
    List<SourceBlock> out =
        ResidueRemover.removeAdvertTail(
            List.of(
                p("通过“", 18),
                p("............试读结束............", 19),
                p("查阅全文加微信:3231169 如来写作网:gw.rulaixiezuo.com", 20)),
            removals);
    assertEquals(List.of(p("通过“", 18)), out);
    assertEquals(
        List.of(
            "in.txt:19:1: removed: advert-tail: \"............试读结束............\"",
            "in.txt:20:1: removed: advert-tail: \"查阅全文加微信:3231169 如来写作网:gw.rulaixiezuo.com\""),
        removals.stream().map(r -> r.format("in.txt")).toList());
  }

  @Test
  void reportsTheTruncatedSentenceBeforeTheTail() {
    ImportedReport report =
        ImportFixtures.importBytes(
            "t.txt",
            "一、主要举措\n我镇开展普法。通过“\n……试读已结束……\n加微信:123\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "t.txt:2:10: warning: truncated: the text stops mid-sentence (\"…我镇开展普法。通过“\") where the"
                + " advertising tail begins: the rest of the report is missing; an editor adds it"
                + " from the original"),
        report.findings().stream().map(f -> f.format("t.txt")).toList());
    assertEquals(2, report.removals().size());
  }
}
