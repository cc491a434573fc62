package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompletionTest {
  private static final String SEED = "000_83b2ffc27f7e01ee";

  @Test
  void fixesTextAndFillsHeaderButStaysDraftWhileFieldsAreMissing() {
    Completion c =
        Completion.parse("c.properties", "# c\ncounty=忠县\ntext.1.find=皇冠足球比分\ntext.1.replace=关于\n");
    ImportedReport r =
        new ReportImporter(ImportFixtures.settings())
            .importReport(
                "s.txt",
                ImportFixtures.seedText(SEED).getBytes(StandardCharsets.UTF_8),
                Optional.of(c));
    assertEquals("忠县", r.header().get("county"));
    assertEquals(List.of(), r.findings());
    assertEquals("draft", r.header().get("status"));
    assertEquals(List.of("date", "index_number", "issuer", "township"), r.missing());
    assertEquals(false, r.body().contains("皇冠足球比分"));
    assertEquals(true, r.body().contains("县委、县政府关于:《2025年全县法治政府建设工作要点》"));
  }

  @Test
  void aFixThatNoLongerMatchesIsAnError() {
    Completion c = Completion.parse("c.properties", "text.1.find=不存在的词\ntext.1.replace=x\n");
    var e =
        assertThrows(
            InvalidContentException.class,
            () ->
                new ReportImporter(ImportFixtures.settings())
                    .importReport(
                        "s.txt",
                        ImportFixtures.seedText(SEED).getBytes(StandardCharsets.UTF_8),
                        Optional.of(c)));
    assertEquals(
        "c.properties:1: completion: \"不存在的词\" is not in the imported text (expected text of the"
            + " input; remove this fix if the input no longer has it)",
        e.problems().get(0).format());
  }

  @Test
  void badLinesAreErrorsNamingThem() {
    var e =
        assertThrows(
            InvalidContentException.class,
            () -> Completion.parse("c.properties", "county\nauthor=x\ntext.2.find=甲\n"));
    assertEquals(
        List.of(
            "c.properties:1: completion: no \"=\" (expected key=value)",
            "c.properties:2: author: unknown completion key (expected a header key such as county,"
                + " or text.N.find / text.N.replace)",
            "c.properties:3: text.2: needs both text.2.find (not empty) and text.2.replace"),
        e.problems().stream().map(Problem::format).toList());
  }
}
