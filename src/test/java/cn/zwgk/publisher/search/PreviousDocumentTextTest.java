package cn.zwgk.publisher.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.metadata.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousDocumentTextTest {
  @TempDir Path temp;
  private final Report report =
      new TestReports().published("pq", "埔前镇2024年报告", "琼山区", "埔前镇", 2024, "");
  private final List<String> fellBack = new ArrayList<>();
  private final BodyText fallback =
      r -> {
        fellBack.add(r.path());
        return "rendered again";
      };

  private Path documentFile(String uri, String text) throws IOException {
    Path file = temp.resolve("7.json");
    SearchDocument doc =
        new SearchDocument(uri, report.title(), "埔前镇", "琼山区", 2024, "2025-02-01", "", "", text);
    Files.write(file, ShardWriter.json().writeValueAsBytes(doc));
    return file;
  }

  @Test
  void takesTheTextOfTheReportsPreviousDocumentWithoutRendering() throws IOException {
    Path file = documentFile(report.uri(), "一、主要举措 法律明白人");
    BodyText text = new PreviousDocumentText(r -> Optional.of(file), fallback);
    assertEquals("一、主要举措 法律明白人", text.of(report));
    assertEquals(List.of(), fellBack);
  }

  @Test
  void rendersAgainWhenThereIsNoPreviousDocument() {
    BodyText text = new PreviousDocumentText(r -> Optional.empty(), fallback);
    assertEquals("rendered again", text.of(report));
    assertEquals(List.of(report.path()), fellBack);
  }

  @Test
  void rendersAgainWhenThePreviousDocumentIsAnotherReportsOrUnreadable() throws IOException {
    Path other = documentFile("reports/2024/other.html", "别的报告");
    assertEquals(
        "rendered again", new PreviousDocumentText(r -> Optional.of(other), fallback).of(report));
    Path broken = Files.writeString(temp.resolve("8.json"), "{\"uri\":");
    assertEquals(
        "rendered again", new PreviousDocumentText(r -> Optional.of(broken), fallback).of(report));
    assertEquals(2, fellBack.size());
  }
}
