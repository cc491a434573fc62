package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBodyWriterTest {
  @Test
  void escapesMarkdownAndHtmlSyntaxSoTextShowsAsWritten() {
    assertEquals(
        "见\\<script\\>alert(1)\\</script\\> \\*重点\\* \\[链接\\](x) a\\_b \\`c\\` \\& d\\|e \\#f \\~g \\\\h",
        MarkdownBodyWriter.escape(
            "见<script>alert(1)</script> *重点* [链接](x) a_b `c` & d|e #f ~g \\h"));
  }

  @Test
  void escapesLineStartsThatWouldBecomeListsOrHeadings() {
    assertEquals("\\- 项目", MarkdownBodyWriter.escapeLineStart("- 项目"));
    assertEquals("\\+ 项目", MarkdownBodyWriter.escapeLineStart("+ 项目"));
    assertEquals("\\=== 项目", MarkdownBodyWriter.escapeLineStart("=== 项目"));
    assertEquals("3\\) 项目", MarkdownBodyWriter.escapeLineStart("3) 项目"));
    assertEquals("3.项目", MarkdownBodyWriter.escapeLineStart("3.项目"));
  }

  @Test
  void writesTablesWithEscapedCellsAndPadsShortRows() {
    SourceBlock.Table table =
        new SourceBlock.Table(
            List.of(List.of("项目", "件数", "备注"), List.of("排查|调处", "245")), new SourcePosition(1, 1));
    assertEquals(
        "| 项目 | 件数 | 备注 |\n| --- | --- | --- |\n| 排查\\|调处 | 245 | |\n",
        MarkdownBodyWriter.write(List.of(table)));
  }
}
