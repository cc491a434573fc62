package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.testing.SampleSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build publishes besides pages: the attachments and images of published reports, copied
 * beside their page and listed with type and size; nothing of drafts or stray files; a missing
 * attachment or an image without alternative text stops the build naming file and line; two builds
 * of the same source are byte-identical.
 */
class PublishedFilesIT {
  private static final String REPORT_MD = "content/reports/2023/yanglizhen-2023.md";
  private static final String FOLDER = "reports/2023/yanglizhen-2023/";

  @Test
  void copiesTheAttachmentsAndImagesOfPublishedReports() throws IOException {
    Path site = SampleSite.site();
    Path source = SampleSite.source().resolve("content");
    for (String name : List.of("原件.pdf", "附件1.docx", "综治中心.png")) {
      Path copy = site.resolve(FOLDER + name);
      assertTrue(Files.isRegularFile(copy), FOLDER + name);
      assertArrayEquals(
          Files.readAllBytes(source.resolve(FOLDER + name)), Files.readAllBytes(copy));
    }
  }

  @Test
  void publishesNothingOfDraftsOrStrayFiles() {
    Path site = SampleSite.site();
    assertTrue(
        Files.isRegularFile(SampleSite.source().resolve("content/" + FOLDER + "工作底稿.txt")),
        "the fixture has a stray file");
    assertFalse(Files.exists(site.resolve(FOLDER + "工作底稿.txt")), "a file no report names");
    assertFalse(Files.exists(site.resolve("reports/2024/lijiazhen-2024-draft")), "a draft's files");
    assertFalse(Files.exists(site.resolve("reports/2024/lijiazhen-2024-draft.html")), "a draft");
  }

  @Test
  void theReportPageListsAttachmentsWithTypeAndSize() throws IOException {
    Document page =
        Jsoup.parse(
            SampleSite.site().resolve("reports/2023/yanglizhen-2023.html").toFile(),
            StandardCharsets.UTF_8.name());
    Element section = page.selectFirst("section.attachments");
    assertEquals("附件", section.selectFirst("h2").text());
    var items = section.select("li");
    assertEquals(2, items.size());
    assertEquals("原件.pdf（PDF，631 B）", items.get(0).text());
    assertEquals("../../" + FOLDER + "原件.pdf", items.get(0).selectFirst("a").attr("href"));
    assertEquals("application/pdf", items.get(0).selectFirst("a").attr("type"));
    assertEquals("附件1.docx（DOCX，1017 B）", items.get(1).text());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        items.get(1).selectFirst("a").attr("type"));
    Element image = page.selectFirst(".report-body img");
    assertEquals("yanglizhen-2023/综治中心.png", image.attr("src"));
    assertEquals("样例镇综治中心扩建后的接待大厅示意图", image.attr("alt"));
  }

  @Test
  void aMissingAttachmentStopsTheBuild(@TempDir Path dir) throws IOException {
    Path source = copyOfSample(dir);
    Files.delete(source.resolve("content/" + FOLDER + "附件1.docx"));
    InvalidContentException e =
        assertThrows(InvalidContentException.class, () -> build(source, dir));
    assertEquals(
        List.of(
            REPORT_MD
                + ":14: attachments: \"附件1.docx\" does not exist (expected the file at"
                + " content/reports/2023/yanglizhen-2023/附件1.docx; attachment names are relative to"
                + " the report's own folder)"),
        errors(e));
  }

  @Test
  void anImageWithoutAlternativeTextStopsTheBuild(@TempDir Path dir) throws IOException {
    Path source = copyOfSample(dir);
    Path md = source.resolve(REPORT_MD);
    List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
    int line = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("![")) {
        lines.set(i, "![](yanglizhen-2023/综治中心.png)");
        line = i + 1;
      }
    }
    Files.write(md, lines, StandardCharsets.UTF_8);
    InvalidContentException e =
        assertThrows(InvalidContentException.class, () -> build(source, dir));
    assertEquals(
        List.of(
            REPORT_MD
                + ":"
                + line
                + ": image: image \"yanglizhen-2023/综治中心.png\" has no alternative text (expected"
                + " text saying what the image shows, e.g. ![说明图片内容的文字](yanglizhen-2023/综治中心.png))"),
        errors(e));
  }

  @Test
  void twoBuildsOfTheSameSourceAreByteIdentical(@TempDir Path dir) {
    Path again = dir.resolve("again");
    new SiteBuilder().build(new BuildRequest(SampleSite.source(), again));
    assertEquals(
        SiteManifest.scan(SampleSite.site()).entries(), SiteManifest.scan(again).entries());
  }

  private static Path copyOfSample(Path dir) {
    Path source = dir.resolve("source");
    SampleSite.copyTree(SampleSite.source(), source);
    return source;
  }

  private static void build(Path source, Path dir) {
    new SiteBuilder().build(new BuildRequest(source, dir.resolve("out")));
  }

  private static List<String> errors(InvalidContentException e) {
    return e.problems().stream().filter(Problem::isError).map(Problem::format).toList();
  }
}
