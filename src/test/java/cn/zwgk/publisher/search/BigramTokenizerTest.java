package cn.zwgk.publisher.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BigramTokenizerTest {
  private final BigramTokenizer tokenizer = new BigramTokenizer();

  @Test
  void splitsChineseIntoOverlappingBigrams() {
    assertEquals(List.of("埔前", "前镇"), tokenizer.tokens("埔前镇"));
    assertEquals(List.of("行政", "政执", "执法"), tokenizer.tokens("行政执法"));
  }

  @Test
  void keepsLatinWordsAndNumbersWhole() {
    assertEquals(List.of("iso", "9001", "标准"), tokenizer.tokens("ISO 9001标准"));
  }

  @Test
  void splitsAnIndexNumberIntoItsCodeYearAndSerial() {
    assertEquals(
        List.of("11441602730470987n", "2025", "00002"),
        tokenizer.tokens("11441602730470987N/2025-00002"));
  }

  @Test
  void splitsADocNumberAtItsBrackets() {
    assertEquals(List.of("忠府", "府办", "办发", "2025", "26", "号"), tokenizer.tokens("忠府办发〔2025〕26号"));
  }

  @Test
  void keepsALoneChineseCharacterAsItsOwnTerm() {
    assertEquals(List.of("第", "3", "章"), tokenizer.tokens("第3章"));
  }

  @Test
  void punctuationAndSpacesEndARun() {
    assertEquals(List.of("法治", "政府", "建设"), tokenizer.tokens("法治，政府 建设"));
    assertEquals(List.of("法律", "律明", "明白", "白人"), tokenizer.tokens("“法律明白人”"));
  }

  @Test
  void foldsFullWidthFormsAndCase() {
    assertEquals(List.of("abc123", "埔前"), tokenizer.tokens("ＡＢＣ１２３，埔前"));
    assertEquals(List.of("2024"), tokenizer.tokens("\u3000２０２４\u3000"));
  }

  @Test
  void foldingKeepsEveryOffset() {
    String text = "Ａ埔前镇ＺＨ2024年";
    assertEquals(text.length(), BigramTokenizer.fold(text).length());
    assertEquals("a埔前镇zh2024年", BigramTokenizer.fold(text));
  }

  @Test
  void handlesCharactersOutsideTheBasicPlane() {
    assertEquals(List.of("𠀀𠀁", "𠀁镇"), tokenizer.tokens("𠀀𠀁镇"));
    assertEquals(List.of("〇二", "二四"), tokenizer.tokens("〇二四"));
  }

  @Test
  void cutsVeryLongWords() {
    String longWord = "a".repeat(50);
    assertEquals(List.of("a".repeat(BigramTokenizer.MAX_WORD)), tokenizer.tokens(longWord));
  }

  @Test
  void findsNoTermsInPunctuation() {
    assertEquals(List.of(), tokenizer.tokens(" ，。、/-〔〕 "));
    assertEquals(List.of(), tokenizer.queryTerms(""));
  }

  @Test
  void queryTermsAreDistinctInOrderOfFirstAppearance() {
    assertEquals(List.of("法治", "治政", "政府"), tokenizer.queryTerms("法治 法治政府 政府"));
  }

  @Test
  void everyChineseSubstringOfTwoOrMoreCharactersHasOnlyTermsOfTheText() {
    String text = "埔前镇紧紧围绕省委“1310”具体部署，组织行政执法人员参加培训，推进乡村法律明白人培养工程。";
    Set<String> indexed = new HashSet<>(tokenizer.tokens(text));
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      int start = random.nextInt(text.length() - 2);
      int end = start + 2 + random.nextInt(Math.min(8, text.length() - start - 2) + 1);
      String substring = text.substring(start, end);
      List<String> terms = tokenizer.queryTerms(substring);
      if (substring.codePoints().allMatch(BigramTokenizer::isChinese)) {
        assertTrue(indexed.containsAll(terms), substring + " -> " + terms);
      }
    }
  }
}
