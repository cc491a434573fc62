package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyRulesTest {
  private static final cn.zwgk.publisher.problem.Messages EN =
      cn.zwgk.publisher.problem.Messages.of(cn.zwgk.publisher.problem.Language.EN);

  private static final String PATH = "content/reports/2024/pq.md";
  private static final String PAGE = "reports/2024/pq.html";

  /** The body starts on line 10 of the file, as after a nine-line header and the separator. */
  private static final int BODY_LINE = 10;

  private final BodyRules rules = new BodyRules();
  private final List<Problem> problems = new ArrayList<>();
  @TempDir Path site;

  @BeforeEach
  void images() throws IOException {
    Path folder = Files.createDirectories(site.resolve("content/reports/2024/pq"));
    Files.write(folder.resolve("图1.png"), new byte[] {1, 2, 3});
    Files.write(folder.resolve("chart 2.jpg"), new byte[] {1, 2, 3, 4, 5});
    Files.writeString(folder.resolve("notes.txt"), "x");
  }

  private List<LinkedFile> check(String body) {
    SourceFile source = new SourceFile(PATH, site.resolve(PATH), Map.of(), body, BODY_LINE);
    return rules.check(source, PAGE, problems);
  }

  private List<String> messages() {
    return problems.stream().map(p -> p.format(EN)).toList();
  }

  @Test
  void acceptsImagesWithAlternativeTextAndListsLocalFilesOnce() {
    List<LinkedFile> images =
        check(
            "段落。\n\n![综治中心](pq/图1.png)\n\n![图表](pq/chart%202.jpg) ![综治中心](pq/图1.png)\n\n"
                + "![远程图片](https://www.example.gov.cn/a.png)");
    assertEquals(List.of(), messages());
    assertEquals(
        List.of("reports/2024/pq/图1.png", "reports/2024/pq/chart 2.jpg"),
        images.stream().map(LinkedFile::uri).toList());
    assertEquals(3, images.get(0).size());
    assertEquals(site.resolve("content/reports/2024/pq/图1.png"), images.get(0).file());
    assertEquals("pq/chart%202.jpg", images.get(1).name());
  }

  @Test
  void rejectsMarkdownImageWithoutAlternativeTextOnItsLine() {
    check("第一段。\n\n第二段。\n\n![](pq/图1.png)");
    assertEquals(
        List.of(
            "content/reports/2024/pq.md:14: image: image \"pq/图1.png\" has no alternative text"
                + " (expected text saying what the image shows, e.g. ![说明图片内容的文字](pq/图1.png))"),
        messages());
  }

  @Test
  void rejectsBlankAlternativeTextAndReferenceImagesWithout() {
    check("![  ](pq/图1.png)\n\n![][logo]\n\n[logo]: pq/图1.png");
    assertEquals(2, problems.size(), messages().toString());
    assertEquals(10, problems.get(0).line());
    assertEquals(12, problems.get(1).line());
  }

  @Test
  void rejectsRawImgWithoutAltNamingItsLineInsideAnHtmlBlock() {
    check(
        "段落。\n\n<div>\n<img src=\"pq/图1.png\" alt=\"综治中心\">\n<img src=\"pq/图1.png\">\n</div>\n\n"
            + "行内 <img src=\"pq/图1.png\" alt=\"\"> 图片。");
    assertEquals(
        List.of(
            "content/reports/2024/pq.md:14: image: image \"pq/图1.png\" has no alternative text"
                + " (expected text saying what the image shows, e.g. <img src=\"pq/图1.png\""
                + " alt=\"说明图片内容的文字\">)",
            "content/reports/2024/pq.md:17: image: image \"pq/图1.png\" has no alternative text"
                + " (expected text saying what the image shows, e.g. <img src=\"pq/图1.png\""
                + " alt=\"说明图片内容的文字\">)"),
        messages());
  }

  @Test
  void findsUpperCaseImgTagsToo() {
    // The parse is skipped for bodies without image syntax; that test must not miss <IMG>.
    check("段落。\n\n<P><IMG SRC=\"pq/图1.png\"></P>");
    assertEquals(1, problems.size(), messages().toString());
    assertEquals(12, problems.get(0).line());
  }

  @Test
  void rejectsMissingLocalImage() {
    check("![综治中心](pq/图2.png)");
    assertEquals(
        List.of(
            "content/reports/2024/pq.md:10: image: \"pq/图2.png\" does not exist (expected the file at"
                + " content/reports/2024/pq/图2.png; image paths are relative to the report)"),
        messages());
  }

  @Test
  void rejectsImagesOutsideContentSiteAbsoluteOrOfOtherTypes() {
    check("![a](../../../secret.png)\n\n![b](/zwgk/pq/图1.png)\n\n![c](pq/notes.txt)");
    assertEquals(
        List.of(
            "content/reports/2024/pq.md:10: image: \"../../../secret.png\" points outside content/"
                + " (expected a file under content/)",
            "content/reports/2024/pq.md:12: image: \"/zwgk/pq/图1.png\" is a site-absolute path, which"
                + " breaks when the site is served under a sub-path (expected a path relative to the"
                + " report, e.g. pq/图1.png)",
            "content/reports/2024/pq.md:14: image: \"pq/notes.txt\" is not an image type the site"
                + " publishes (expected png, jpg, jpeg, gif, webp)"),
        messages());
  }

  @Test
  void remoteImagesStillNeedAlternativeText() {
    List<LinkedFile> images = check("![](https://www.example.gov.cn/a.png)");
    assertEquals(List.of(), images);
    assertEquals(1, problems.size());
  }

  @Test
  void withoutAPageOnlyAlternativeTextsAreChecked() {
    SourceFile source =
        new SourceFile("content/x.md", site.resolve("content/x.md"), Map.of(), "![](a.png)", 3);
    assertEquals(List.of(), rules.check(source, "", problems));
    assertEquals(
        List.of("content/x.md:3: image"),
        problems.stream().map(p -> p.path() + ":" + p.line() + ": " + p.field()).toList());
  }

  @Test
  void decodesPercentEscapesAsUtf8() {
    assertEquals("图 1.png", BodyRules.percentDecode("%E5%9B%BE%201.png"));
    assertEquals("a+b%zz.png", BodyRules.percentDecode("a+b%zz.png"));
  }

  @Test
  void rejectsAControlCharacterInAnImagePathNamingItsLine() {
    check("段落。\n\n![图](pq/a%00.png)\n\n<img src=\"pq/b\u0001.png\" alt=\"图\">");
    assertEquals(
        List.of(
            "content/reports/2024/pq.md:12: image: \"pq/a%00.png\" holds the control character"
                + " U+0000 (expected a path to a file inside content/, relative to the report,"
                + " e.g. pq/图1.png)",
            "content/reports/2024/pq.md:14: image: \"pq/b\u0001.png\" holds the control character"
                + " U+0001 (expected a path to a file inside content/, relative to the report,"
                + " e.g. pq/图1.png)"),
        messages());
  }
}
