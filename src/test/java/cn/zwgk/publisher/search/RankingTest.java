package cn.zwgk.publisher.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

  @Test
  void impactIsZeroWithoutBodyOccurrencesAndAtLeastOneWithThem() {
    assertEquals(0, Ranking.impact(0, 1000, 1000));
    assertEquals(1, Ranking.impact(1, 1_000_000, 1000));
  }

  @Test
  void impactGrowsWithFrequencyAndSaturates() {
    int previous = 0;
    for (int tf = 1; tf <= 50; tf++) {
      int impact = Ranking.impact(tf, 1000, 1000);
      assertTrue(impact >= previous, "tf " + tf);
      assertTrue(impact <= Ranking.MAX_IMPACT);
      previous = impact;
    }
    assertTrue(Ranking.impact(50, 1000, 1000) > Ranking.impact(1, 1000, 1000));
    assertEquals(Ranking.MAX_IMPACT, Ranking.impact(100_000, 1000, 1000));
  }

  @Test
  void impactFallsWithBodyLength() {
    assertTrue(Ranking.impact(3, 300, 1000) > Ranking.impact(3, 3000, 1000));
  }

  @Test
  void rarerTermsWeighMore() {
    assertTrue(Ranking.idf(1, 1000) > Ranking.idf(10, 1000));
    assertTrue(Ranking.idf(10, 1000) > Ranking.idf(999, 1000));
    assertTrue(Ranking.idf(1000, 1000) > 0);
  }

  @Test
  void ordersByFieldMatchesThenTitleThenBodyThenYearThenDocument() {
    Ranking.Hit bodyOnlyHighScore = new Ranking.Hit(0, 0, 0, 99_000, 2025);
    Ranking.Hit metadata = new Ranking.Hit(1, 1, 0, 10, 2020);
    Ranking.Hit title = new Ranking.Hit(2, 1, 1, 5, 2020);
    Ranking.Hit bothTermsInFields = new Ranking.Hit(3, 2, 0, 0, 2019);
    Ranking.Hit bodyLow = new Ranking.Hit(4, 0, 0, 50_000, 2025);
    Ranking.Hit bodyLowOlder = new Ranking.Hit(5, 0, 0, 50_000, 2024);
    Ranking.Hit bodyLowOlderLater = new Ranking.Hit(6, 0, 0, 50_000, 2024);
    List<Ranking.Hit> hits =
        new ArrayList<>(
            List.of(
                bodyLowOlderLater,
                bodyLow,
                metadata,
                bodyOnlyHighScore,
                bodyLowOlder,
                title,
                bothTermsInFields));
    hits.sort(Ranking.BEST_FIRST);
    assertEquals(
        List.of(
            bothTermsInFields,
            title,
            metadata,
            bodyOnlyHighScore,
            bodyLow,
            bodyLowOlder,
            bodyLowOlderLater),
        hits);
  }
}
