package cn.zwgk.publisher.residue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  @Test
  void findsLoneCapitalsAndRunsButNotLetterWords() {
    assertEquals(
        List.of(
            new Placeholders.Hit(Placeholders.Kind.LONE_LETTER, 0, 1),
            new Placeholders.Hit(Placeholders.Kind.LONE_LETTER, 4, 5),
            new Placeholders.Hit(Placeholders.Kind.RUN, 8, 10),
            new Placeholders.Hit(Placeholders.Kind.RUN, 11, 13)),
        Placeholders.find("X社区、X村被列XX、某某，A级景区，B超，法治e站"));
  }
}
