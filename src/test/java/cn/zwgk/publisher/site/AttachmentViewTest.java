package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.metadata.LinkedFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AttachmentViewTest {

  @Test
  void showsTypeSizeAndAnEncodedLink() {
    AttachmentView view =
        AttachmentView.of(
            new LinkedFile("原件 (签章).PDF", Path.of("x"), "reports/2024/pq/原件 (签章).PDF", 1_288_490));
    assertEquals("原件 (签章).PDF", view.name());
    assertEquals("PDF", view.type());
    assertEquals("application/pdf", view.mimeType());
    assertEquals("1.2 MB", view.size());
    assertEquals("reports/2024/pq/原件%20%28签章%29.PDF", view.href());
  }

  @Test
  void unknownTypesHaveNoMimeType() {
    AttachmentView view =
        AttachmentView.of(new LinkedFile("表.et", Path.of("x"), "reports/2024/pq/表.et", 10));
    assertEquals("ET", view.type());
    assertEquals("", view.mimeType());
  }

  @Test
  void sizesReadAsPeopleReadThem() {
    assertEquals("0 B", AttachmentView.humanSize(0));
    assertEquals("1023 B", AttachmentView.humanSize(1023));
    assertEquals("1.0 KB", AttachmentView.humanSize(1024));
    assertEquals("1.5 KB", AttachmentView.humanSize(1536));
    assertEquals("120 KB", AttachmentView.humanSize(120 * 1024 + 100));
    assertEquals("1.2 MB", AttachmentView.humanSize(1_288_490));
    assertEquals("35 MB", AttachmentView.humanSize(35L * 1024 * 1024));
    assertEquals("2.0 GB", AttachmentView.humanSize(2L * 1024 * 1024 * 1024));
  }

  @Test
  void encodesWhatAUrlPathCannotHold() {
    assertEquals("a/b%23c%3Fd%25e.pdf", AttachmentView.encodePath("a/b#c?d%e.pdf"));
    assertEquals("附件1.docx", AttachmentView.encodePath("附件1.docx"));
    assertEquals("%E3%80%8A报告%E3%80%8B.pdf", AttachmentView.encodePath("《报告》.pdf"));
  }
}
