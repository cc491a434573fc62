package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.check.ResiduePatterns.Kind;
import cn.zwgk.publisher.check.ResiduePatterns.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResiduePatternsTest {
  @Test
  void findsWordBookmarkOfSeed002() {
    assertEquals(
        List.of(new Match(Kind.BOOKMARK, "[bookmark: _GoBack]", "[bookmark: _GoBack]20")),
        ResiduePatterns.find("[bookmark: _GoBack]2023年，坪山镇"));
  }

  @Test
  void findsLoneLettersStandingForNamesInSeed001() {
    assertEquals(
        List.of(
            new Match(Kind.LONE_LETTER, "A", "镇以A新时"),
            new Match(Kind.LONE_LETTER, "A", "贯彻A总书"),
            new Match(Kind.LONE_LETTER, "X", "在、X社区")),
        ResiduePatterns.find("镇以A新时代为指导，深入学习贯彻A总书记讲话，在、X社区开展"));
  }

  @Test
  void keepsLettersUsedInEarnestAndLatinWords() {
    assertEquals(
        List.of(),
        ResiduePatterns.find("评为A级纳税人，B类事项，开展B超检查，使用PDF格式，索引号11441602730470987N，COVID-19，5A景区"));
  }

  @Test
  void findsPlaceholdersAndTheTrialTailOfSeed001() {
    assertEquals(
        List.of(
            new Match(Kind.TRIAL_TAIL, "试读结束", "..试读结束.."),
            new Match(Kind.PLACEHOLDER, "XX", "，在XX社区"),
            new Match(Kind.PLACEHOLDER, "××", "××镇人")),
        ResiduePatterns.find("现报告如下，在XX社区。\n............试读结束............\n××镇人民政府"));
  }
}
