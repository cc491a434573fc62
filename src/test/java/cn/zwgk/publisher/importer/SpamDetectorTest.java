package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.metadata.SpamWords;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpamDetectorTest {
  private static List<String> scan(SpamWords words, String text) {
    return new SpamDetector(words)
        .scan(text, new SourcePosition(3, 5)).stream().map(f -> f.format("in.txt")).toList();
  }

  @Test
  void reportsInjectedGamblingTermWithLineAndColumn() {
    assertEquals(
        List.of(
            "in.txt:3:11: warning: spam: \"皇冠足球比分\" is on the spam word list: text injected into"
                + " the report? Left as it is; an editor restores the original wording, then"
                + " publishes (list: spam-words.txt and spam.words in jbake.properties)"),
        scan(SpamWords.shipped(), "县委、县政府皇冠足球比分:《2025年全县法治政府建设工作要点》"));
  }

  @Test
  void findsThePornSpamInjectedIntoARealCopiedDisclosurePage() {
    // The first line of a copy of 重庆市綦江区永新镇政府信息公开指南 in the pages corpus (a hijacked copy).
    List<String> found = scan(SpamWords.shipped(), "亚洲性爱视频,国产乱码精品一区二区三区中文,欧美MV日韩MV国产网站");
    assertEquals(5, found.size(), found.toString());
    assertTrue(found.get(0).contains("\"性爱视频\""), found.get(0));
  }

  @Test
  void prefersTheLongestWordAtAPosition() {
    List<String> found = scan(SpamWords.of(List.of("足球比分", "皇冠足球比分")), "看皇冠足球比分");
    assertEquals(1, found.size());
    assertTrue(found.get(0).contains("\"皇冠足球比分\""), found.get(0));
  }

  @Test
  void zeroWidthCharactersDoNotHideAWord() {
    List<String> found = scan(SpamWords.shipped(), "关于百\u200B家\u200D乐的通知");
    assertEquals(1, found.size());
    assertTrue(found.get(0).startsWith("in.txt:3:7: warning: spam: \"百家乐\""), found.get(0));
  }

  @Test
  void matchesLatinWordsWhateverTheirCase() {
    assertEquals(1, scan(SpamWords.shipped(), "访问BET365官网").size());
  }

  @Test
  void siteConfigAddsAndExcludesWords() {
    SpamWords words =
        SpamWords.of(SiteConfig.parse("spam.words=代开发票, 刷单返利\nspam.words.exclude=足球比分\n"));
    assertEquals(2, scan(words, "代开发票、刷单返利").size());
    assertEquals(List.of(), scan(words, "镇足球比分公布"));
    assertTrue(words.words().contains("皇冠足球比分"));
  }

  @Test
  void officialWordsAboutGamblingEnforcementAreNotSpam() {
    assertEquals(List.of(), scan(SpamWords.shipped(), "依法打击赌博、六合彩等违法犯罪，便民办证大厅全年办证3000件。"));
  }
}
