package cn.zwgk.publisher.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainPathTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "reports/2024/puqianzhen-2024.html",
        "reports/2024/puqianzhen-2024/原件.pdf",
        "reports/2024/pq/附件（一）.docx",
        "css/site.css",
        "search/docs/12.json",
        "a..b/c.png",
        "reports/2024/pq/附件：预算表.xlsx",
        "reports/2024/pq/附件１．pdf"
      })
  void acceptsPlainRelativePaths(String path) {
    assertEquals(Optional.empty(), PlainPath.whyNot(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/etc/passwd",
        "../x.png",
        "a/../../x.png",
        "a/./x.png",
        "a//x.png",
        "a/.hidden.png",
        "..\\..\\x.png",
        "a\\b.png",
        "C:/x.png",
        "C:x.png",
        "file:x.png",
        "%2e%2e/x.png",
        "a/x.png\u0000.png",
        "a/\u0001.png",
        "a\u0085b.png",
        "．．/x.png",
        "a／b.png",
        "a＼b.png",
        "a∕b.png",
        "a⁄b.png",
        "a?b.png",
        "a#b.png",
        "a|b.png"
      })
  void refusesWhatCouldLeaveTheFolderOrChangeOnTheWay(String path) {
    assertTrue(PlainPath.whyNot(path).isPresent(), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../2023/pq/图1.png", "pq/图1.png", "./pq/x.png"})
  void aPathThatIsStillToBeNormalisedMayHoldDotParts(String path) {
    assertEquals(Optional.empty(), PlainPath.badCharacter(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"..\\x.png", "．．／x.png", "x\u0000.png", "C:\\x.png", "%2e%2e/x.png"})
  void badCharactersAreFoundBeforeNormalising(String path) {
    assertTrue(PlainPath.badCharacter(path).isPresent(), path);
  }

  @org.junit.jupiter.api.Test
  void aControlCharacterIsNamedNotPrinted() {
    assertEquals(
        Optional.of("holds the control character U+0000"),
        PlainPath.whyNot("a\u0000b.png").map(Object::toString));
    assertEquals(
        Optional.of("含有控制字符 U+0000"),
        PlainPath.whyNot("a\u0000b.png")
            .map(t -> t.render(cn.zwgk.publisher.problem.Messages.DEFAULT)));
  }
}
