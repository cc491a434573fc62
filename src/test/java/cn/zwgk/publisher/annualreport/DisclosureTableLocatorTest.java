package cn.zwgk.publisher.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real 年报 pages, flattened in the ways portals flatten them, read into the editor's form. */
class DisclosureTableLocatorTest {
  private static String real(String name) throws IOException {
    try (InputStream in = DisclosureTableLocatorTest.class.getResourceAsStream("real/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Each line a unit, as the importer gives lines of text. */
  static List<List<String>> units(String text) {
    List<List<String>> units = new ArrayList<>();
    for (String line : text.split("\n")) {
      units.add(List.of(line));
    }
    return units;
  }

  /** The form of every table found, and the problems of reading it. */
  private static List<String> importProblems(
      String text, List<Problem> problems, StringBuilder form) {
    for (DisclosureTableLocator.Found f : new DisclosureTableLocator().locate(units(text))) {
      form.append(f.markdown()).append('\n');
    }
    DisclosureTables tables =
        new DisclosureFormParser().parse("in.md", form.toString(), 1, problems);
    new DisclosureTablesValidator().check("in.md", tables, problems);
    return problems.stream().map(Problem::format).toList();
  }

  @Test
  void readsTheFormItWritesBack() {
    StringBuilder form = new StringBuilder();
    List<String> problems =
        importProblems(DisclosureFormTest.consistent(), new ArrayList<>(), form);
    assertEquals(List.of(), problems);
  }

  @Test
  void readsPipeRowsOfAPortalPage() throws IOException {
    StringBuilder form = new StringBuilder();
    List<Problem> raw = new ArrayList<>();
    List<String> problems = importProblems(real("liaoning-xiliu-2023.txt"), raw, form);
    assertTrue(form.toString().contains("| 行政规范性文件 | 4 | 0 | 32 |"), form.toString());
    assertTrue(
        form.toString().contains("| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |"), form.toString());
    // The stored copy ends before 表三: those tables are named missing, nothing else is wrong.
    assertEquals(
        List.of("表三", "表四"), raw.stream().map(Problem::field).toList(), problems.toString());
  }

  @Test
  void readsOneCellPerLineAndFindsTheRealReportsWrongColumn() throws IOException {
    StringBuilder form = new StringBuilder();
    List<Problem> raw = new ArrayList<>();
    importProblems(real("liaoning-changtu-qijiazi-2023.txt"), raw, form);
    assertTrue(form.toString().contains("| 行政处罚 | 30 |"), form.toString());
    assertEquals(
        "column \"现行有效件\" is not the format's \"现行有效件数\" (expected it next)", raw.get(0).message());
    assertEquals("表二 第二十条第（一）项", raw.get(0).field());
  }

  @Test
  void readsCellsBetweenPipeLinesAndTheRowsOf表三ThatTheCopyHolds() throws IOException {
    StringBuilder form = new StringBuilder();
    List<Problem> raw = new ArrayList<>();
    importProblems(real("xinjiang-xjnlk-town-2023.txt"), raw, form);
    assertTrue(form.toString().contains("| 规章 | 0 | 0 | 6 |"), form.toString());
    assertTrue(
        form.toString().contains("| 三、（三）不予公开 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"),
        form.toString());
    // The copy is cut inside the label of row 6 of （三）: its cells are empty, row 7 is missing.
    assertTrue(
        raw.stream().anyMatch(p -> p.field().equals("表三 三、（三）不予公开 6.属于四类过程性信息 × 自然人")),
        raw.toString());
    assertEquals(
        "row 三、（三）不予公开 7.属于行政执法案卷 is missing (expected it next, as in 国办公开办函〔2021〕30号)",
        raw.stream().filter(p -> p.field().equals("表三")).findFirst().orElseThrow().message());
  }

  @Test
  void findsARenamedRowInARealReport() throws IOException {
    List<Problem> raw = new ArrayList<>();
    importProblems(real("guizhou-kaili-wanchao-2023.txt"), raw, new StringBuilder());
    assertEquals(
        "row \"规范性文件\" is not the format's \"行政规范性文件\" (expected it next)", raw.get(0).message());
  }

  @Test
  void findsTheSuperseded2019LayoutInA2023Report() throws IOException {
    List<Problem> raw = new ArrayList<>();
    importProblems(real("hunan-hengdong-yanglin-2023.txt"), raw, new StringBuilder());
    assertEquals(
        "column \"本年新\" is not the format's \"本年制发件数\" (expected it next)", raw.get(0).message());
  }

  @Test
  void readsTable四WithItsCellsRunTogether() throws IOException {
    StringBuilder form = new StringBuilder();
    importProblems(real("shandong-wendeng-xinfang-2022-p8.txt"), new ArrayList<>(), form);
    assertTrue(form.toString().contains("| 行政诉讼 复议后起诉 | 0 | 0 | 0 | 0 | 0 |"), form.toString());
  }

  @Test
  void anImportedWrongTotalIsCaught() {
    String page =
        DisclosureFormTest.replaceRow(
                DisclosureFormTest.consistent(),
                "| 三、（七）总计",
                "| 三、（七）总计 | 9 | 1 | 0 | 0 | 0 | 0 | 10 |")
            .replace(" | ", "\n")
            .replace("| ", "")
            .replace(" |", "");
    List<String> problems = importProblems(page, new ArrayList<>(), new StringBuilder());
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.contains("表三 三、（七）总计 × 自然人: is 9, but 三、（一） to （六） add up to 10")),
        problems.toString());
  }
}
