package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quick start-of-line test the check runs on every block must agree with reading the line
 * whole: tried on every line of the real pages and on the label forms the lexicon knows.
 */
class MetadataLabelsStartTest {
  private static final Path REAL = Path.of("src/test/resources/cn/zwgk/publisher/importer/real");

  @Test
  void agreesWithReadingTheWholeLineOnEveryLineOfTheRealPages() throws IOException {
    MetadataLabels labels = MetadataLabels.shipped();
    int starting = 0;
    int lines = 0;
    try (Stream<Path> files = Files.list(REAL)) {
      for (Path f : files.sorted().toList()) {
        for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
          boolean whole = labels.read(line).startsWithLabel();
          assertEquals(whole, labels.startsWithLabel(line), f.getFileName() + ": " + line);
          starting += whole ? 1 : 0;
          lines++;
        }
      }
    }
    assertTrue(starting > 20 && starting < lines, starting + " of " + lines + " lines");
  }

  @Test
  void agreesOnBulletsColonsAndLabelsThatNeedAColon() {
    MetadataLabels labels = MetadataLabels.shipped();
    for (String line :
        List.of(
            "索引号：11530100MB1234567X/2024-00012",
            "  · 发布机构: 某某镇人民政府",
            "| 文号 | 某政发〔2024〕1号 |",
            "发布日期 2024-03-01",
            "主题 分类",
            "来源",
            "来源：某某镇",
            "我镇开展普法宣传。",
            "")) {
      assertEquals(labels.read(line).startsWithLabel(), labels.startsWithLabel(line), line);
    }
  }
}
