package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.HeaderField;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentRulesTest {
  private static final String PATH = "content/reports/2024/pq.md";
  private static final String PAGE = "reports/2024/pq.html";

  private final AttachmentRules rules = new AttachmentRules();
  private final List<Problem> problems = new ArrayList<>();
  @TempDir Path site;

  @BeforeEach
  void files() throws IOException {
    Path folder = Files.createDirectories(site.resolve("content/reports/2024/pq"));
    Files.write(folder.resolve("原件.pdf"), new byte[2048]);
    Files.write(folder.resolve("附件1.docx"), new byte[10]);
    Files.writeString(folder.resolve("page.html"), "<script>alert(1)</script>");
    Files.createDirectories(folder.resolve("folder.pdf"));
  }

  private List<LinkedFile> check(String value) {
    SourceFile source =
        new SourceFile(
            PATH,
            site.resolve(PATH),
            Map.of("attachments", new HeaderField("attachments", value, 12)),
            "正文",
            14);
    return rules.check(source, PAGE, problems);
  }

  private List<String> messages() {
    return problems.stream()
        .map(
            p ->
                p.format(
                    cn.zwgk.publisher.problem.Messages.of(cn.zwgk.publisher.problem.Language.EN)))
        .toList();
  }

  @Test
  void listsAttachmentsInHeaderOrderFromTheReportsOwnFolder() {
    List<LinkedFile> files = check("原件.pdf， 附件1.docx");
    assertEquals(List.of(), messages());
    assertEquals(List.of("原件.pdf", "附件1.docx"), files.stream().map(LinkedFile::name).toList());
    assertEquals("reports/2024/pq/原件.pdf", files.get(0).uri());
    assertEquals(site.resolve("content/reports/2024/pq/原件.pdf"), files.get(0).file());
    assertEquals(2048, files.get(0).size());
    assertEquals("docx", files.get(1).extension());
  }

  @Test
  void rejectsMissingAttachmentNamingFileLineAndField() {
    check("原件.pdf, 附件2.docx");
    assertEquals(
        List.of(
            "content/reports/2024/pq.md:12: attachments: \"附件2.docx\" does not exist (expected the"
                + " file at content/reports/2024/pq/附件2.docx; attachment names are relative to the"
                + " report's own folder)"),
        messages());
  }

  @Test
  void aFolderIsNotAnAttachment() {
    check("folder.pdf");
    assertEquals(1, problems.size());
    assertTrue(
        problems
            .get(0)
            .message(cn.zwgk.publisher.problem.Messages.of(cn.zwgk.publisher.problem.Language.EN))
            .startsWith("\"folder.pdf\" does not exist"));
  }

  @Test
  void rejectsEmptyEntriesEscapesTypesABrowserRunsAndRepeats() {
    check("原件.pdf,, ../pq.md, page.html, 原件.pdf, .hidden.pdf");
    assertEquals(
        List.of(
            "content/reports/2024/pq.md:12: attachments: entry 2 is empty (expected file names"
                + " separated by commas, e.g. 原件.pdf, 附件1.docx)",
            "content/reports/2024/pq.md:12: attachments: \"../pq.md\" is not a plain relative file"
                + " name (expected a name inside the report's own folder, without /, \\ or .. at the"
                + " start of a part)",
            "content/reports/2024/pq.md:12: attachments: \"page.html\" is not a document type the"
                + " site publishes (expected one of "
                + String.join(", ", AttachmentRules.ALLOWED_TYPES)
                + ")",
            "content/reports/2024/pq.md:12: attachments: \"原件.pdf\" is listed twice (expected each"
                + " attachment once)",
            "content/reports/2024/pq.md:12: attachments: \".hidden.pdf\" is not a plain relative file"
                + " name (expected a name inside the report's own folder, without /, \\ or .. at the"
                + " start of a part)"),
        messages());
  }

  @Test
  void anEmptyOrMissingHeaderMeansNoAttachments() {
    assertEquals(List.of(), check("  "));
    SourceFile none = new SourceFile(PATH, site.resolve(PATH), Map.of(), "正文", 3);
    assertEquals(List.of(), rules.check(none, PAGE, problems));
    assertEquals(List.of(), problems);
  }

  @Test
  void validatedReportsCarryTheirAttachmentsAndImages() throws IOException {
    Files.write(site.resolve("content/reports/2024/pq/图1.png"), new byte[] {1});
    String text =
        "title=埔前镇2024年法治政府建设年度报告\n"
            + "type=report\n"
            + "status=draft\n"
            + "attachments=原件.pdf\n"
            + "~~~~~~\n"
            + "![综治中心](pq/图1.png)\n";
    Optional<SourceFile> source =
        new SourceFileParser(SourceFileParser.DEFAULT_SEPARATOR)
            .parse(PATH, site.resolve(PATH), text.getBytes(StandardCharsets.UTF_8), problems);
    Optional<Report> report =
        new ReportValidator(SiteConfig.parse("")).validate(source.orElseThrow(), problems);
    assertFalse(problems.stream().anyMatch(Problem::isError), messages().toString());
    assertEquals(
        List.of("reports/2024/pq/原件.pdf"),
        report.orElseThrow().attachments().stream().map(LinkedFile::uri).toList());
    assertEquals(
        List.of("reports/2024/pq/图1.png"),
        report.orElseThrow().images().stream().map(LinkedFile::uri).toList());
    assertFalse(report.orElseThrow().extra().containsKey("attachments"), "a known key");
  }

  @Test
  void aMissingAttachmentMakesTheReportInvalid() {
    String text = "title=t\ntype=report\nstatus=draft\nattachments=无.pdf\n~~~~~~\n正文\n";
    Optional<SourceFile> source =
        new SourceFileParser(SourceFileParser.DEFAULT_SEPARATOR)
            .parse(PATH, site.resolve(PATH), text.getBytes(StandardCharsets.UTF_8), problems);
    Optional<Report> report =
        new ReportValidator(SiteConfig.parse("")).validate(source.orElseThrow(), problems);
    assertTrue(report.isEmpty());
    assertTrue(
        messages()
            .contains(
                "content/reports/2024/pq.md:4: attachments: \"无.pdf\" does not exist (expected the file"
                    + " at content/reports/2024/pq/无.pdf; attachment names are relative to the report's"
                    + " own folder)"),
        messages().toString());
  }
}
