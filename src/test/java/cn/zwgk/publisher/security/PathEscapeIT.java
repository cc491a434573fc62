package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paths in reports, settings and the build cache never reach a file outside content/ or write one
 * outside the output, however they are spelt: percent-encoded backslashes and dots, raw
 * backslashes, fullwidth and other look-alike slashes and dots, double encoding, NUL, drive
 * letters, UNC paths, absolute paths, {@code file:} URLs. Each payload is refused with the report's
 * path and line, or (a URL the sanitizer drops) published without reading anything; in both cases
 * the planted secret is nowhere in the output and nothing outside it changed.
 */
class PathEscapeIT {
  private static final String REPORT = "content/reports/2024/puqianzhen-2024.md:";

  /** Image sources that name a file outside content/ (three or four levels up). */
  static Stream<String> refusedImages() {
    return Stream.of(
        "..%5C..%5C..%5Coutside%5Cx.png",
        "..%5C..%5C..%5C..%5Coutside%5Cx.png",
        "..%5c..%5c..%5c..%5coutside%5cx.png",
        "%2e%2e/%2e%2e/%2e%2e/outside/x.png",
        "%2E%2E/%2E%2E/%2E%2E/%2E%2E/outside/x.png",
        "..%2F..%2F..%2Foutside%2Fx.png",
        "puqianzhen-2024/..%2f..%2f..%2f..%2foutside/x.png",
        "．．／．．／．．／outside／x.png",
        "．．/．．/．．/outside/x.png",
        "..%EF%BC%8F..%EF%BC%8F..%EF%BC%8Foutside%EF%BC%8Fx.png",
        "..%EF%BC%BC..%EF%BC%BC..%EF%BC%BCoutside%EF%BC%BCx.png",
        "..∕..∕..∕outside∕x.png",
        "%252e%252e/%252e%252e/%252e%252e/outside/x.png",
        "..%255C..%255C..%255Coutside%255Cx.png",
        "x.png%00.png",
        "..%00/..%00/..%00/outside/x.png",
        "C%3A%5Coutside%5Cx.png",
        "%5C%5Cserver%5Cshare%5Cx.png",
        "../../../outside/x.png",
        "/outside/x.png",
        "%C0%AE%C0%AE/%C0%AE%C0%AE/%C0%AE%C0%AE/outside/x.png");
  }

  @ParameterizedTest
  @MethodSource("refusedImages")
  void anImagePathLeavingContentIsRefusedWithThePathAndLine(String src, @TempDir Path dir)
      throws IOException {
    Hostile h = plantSecrets(new Hostile(dir)).body("![示意图](" + src + ")").armed();
    Trees.Run run = h.build();
    assertEquals(1, run.status(), run.printed());
    assertTrue(run.err().contains(REPORT), run.printed());
    assertTrue(run.err().contains(": image: "), run.printed());
    h.assertSafe(run);
  }

  @ParameterizedTest
  @MethodSource("refusedImages")
  void anHtmlImageLeavingContentIsRefusedToo(String src, @TempDir Path dir) throws IOException {
    Hostile h =
        plantSecrets(new Hostile(dir)).body("<p><img src=\"" + src + "\" alt=\"示意图\"></p>").armed();
    Trees.Run run = h.build();
    assertEquals(1, run.status(), run.printed());
    assertTrue(run.err().contains(REPORT), run.printed());
    h.assertSafe(run);
  }

  /** Sources that are URLs, not paths: never read from disk; the sanitizer keeps only http(s). */
  static Stream<String> urls() {
    return Stream.of(
        "file:///etc/passwd",
        "FILE:..%2F..%2F..%2Foutside%2Fx.png",
        "C:\\outside\\x.png",
        "C:/outside/x.png",
        "//server/share/x.png",
        "\\\\server\\share\\x.png");
  }

  @ParameterizedTest
  @MethodSource("urls")
  void anImageUrlIsNeverReadFromDisk(String src, @TempDir Path dir) throws IOException {
    Hostile h =
        plantSecrets(new Hostile(dir)).body("<p><img src=\"" + src + "\" alt=\"示意图\"></p>").armed();
    Trees.Run run = h.build();
    assertTrue(run.status() == 0 || run.status() == 1, run.printed());
    h.assertSafe(run);
  }

  static Stream<String> refusedAttachments() {
    return Stream.of(
        "..\\..\\..\\outside\\secret.pdf",
        "..%5C..%5C..%5Coutside%5Csecret.pdf",
        "．．／．．／．．／．．／outside／secret.pdf",
        "．．/．．/．．/．．/outside/secret.pdf",
        "a/../../../../../outside/secret.pdf",
        "/etc/secret.pdf",
        "C:secret.pdf",
        "%2e%2e/%2e%2e/secret.pdf");
  }

  @ParameterizedTest
  @MethodSource("refusedAttachments")
  void anAttachmentNameLeavingItsFolderIsRefused(String name, @TempDir Path dir)
      throws IOException {
    Hostile h = plantSecrets(new Hostile(dir)).header("attachments=" + name).armed();
    Trees.Run run = h.build();
    assertEquals(1, run.status(), run.printed());
    assertTrue(run.err().contains(REPORT), run.printed());
    assertTrue(run.err().contains(": attachments: "), run.printed());
    h.assertSafe(run);
  }

  @Test
  void aTemplateCannotIncludeAFileOutsideTemplates(@TempDir Path dir) throws IOException {
    Hostile h = plantSecrets(new Hostile(dir));
    h.outsideFile("secret.ftlh", Hostile.SECRET);
    Files.writeString(h.src.resolve("outside/secret.ftlh"), new String(Hostile.SECRET));
    Path template = h.src.resolve("templates/report.ftlh");
    Files.writeString(
        template,
        Files.readString(template)
            + "<#include \"../outside/secret.ftlh\"><#include \"../../outside/secret.ftlh\">");
    h.armed();
    Trees.Run run = h.build();
    assertEquals(1, run.status(), run.printed());
    h.assertSafe(run);
  }

  @Test
  void aTemplateNameInTheSettingsCannotLeaveTemplates(@TempDir Path dir) throws IOException {
    Hostile h = plantSecrets(new Hostile(dir));
    h.outsideFile("secret.ftlh", Hostile.SECRET);
    Path settings = h.src.resolve("jbake.properties");
    Files.writeString(
        settings,
        // The page templates default to the theme's; the portal's own setting points elsewhere.
        Files.readString(settings) + "\ntemplate.report.file=../../outside/secret.ftlh\n");
    h.armed();
    Trees.Run run = h.build();
    assertEquals(1, run.status(), run.printed());
    assertTrue(run.err().contains("jbake.properties:"), run.printed());
    assertTrue(
        run.err().contains("template.report.file: \"../../outside/secret.ftlh\""), run.printed());
    h.assertSafe(run);
  }

  @Test
  void theFoldersJBakeReadsCannotBeMovedOutOfTheSource(@TempDir Path dir) throws IOException {
    Hostile h = plantSecrets(new Hostile(dir));
    h.outsideFile("css/leak.css", Hostile.SECRET);
    Path settings = h.src.resolve("jbake.properties");
    Files.writeString(
        settings,
        Files.readString(settings).replace("asset.folder=assets", "asset.folder=../outside"));
    h.armed();
    Trees.Run run = h.build();
    assertEquals(1, run.status(), run.printed());
    assertTrue(run.err().contains("asset.folder: "), run.printed());
    h.assertSafe(run);
  }

  @Test
  void aTamperedBuildCacheNeverReachesOutsideTheOutput(@TempDir Path dir) throws IOException {
    Hostile h = plantSecrets(new Hostile(dir));
    assertEquals(0, h.build().status());
    Path cacheFile = dir.resolve(".out.cache.json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode cache = (ObjectNode) json.readTree(cacheFile.toFile());
    ArrayNode files = (ArrayNode) cache.get("files");
    Path secret = h.outside.resolve("x.png");
    for (String prefix : new String[] {"search/docs/", "search/", "css/"}) {
      ObjectNode model =
          (ObjectNode)
              Stream.iterate(0, i -> i + 1)
                  .limit(files.size())
                  .map(files::get)
                  .filter(n -> n.get("path").asText().startsWith(prefix))
                  .findFirst()
                  .orElseThrow();
      files
          .addObject()
          .put("path", prefix + "../../../outside/x.png")
          .put("key", model.get("key").asText())
          .put("sha256", Trees.sha256(Files.readAllBytes(secret)))
          .put("size", Files.size(secret))
          .put("mtime", Files.getLastModifiedTime(secret).toMillis());
    }
    json.writeValue(cacheFile.toFile(), cache);
    h.body("一处修改。").armed();
    Trees.Run run = h.build();
    assertEquals(0, run.status(), run.printed());
    assertTrue(run.out().contains("names a file outside the output folder"), run.printed());
    h.assertSafe(run);
  }

  /** Secrets where the payloads point: beside content/ in the source, and beside the source. */
  private static Hostile plantSecrets(Hostile h) throws IOException {
    Path inSource = h.src.resolve("outside/x.png");
    Files.createDirectories(inSource.getParent());
    Files.write(inSource, Hostile.SECRET);
    Files.write(h.src.resolve("outside/secret.pdf"), Hostile.SECRET);
    return h;
  }
}
