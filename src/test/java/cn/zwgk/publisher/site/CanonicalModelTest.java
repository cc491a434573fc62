package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonicalModelTest {
  record Item(String title, int year) {}

  record Listing(List<Item> items, Map<String, String> extra, Optional<LocalDate> date) {}

  record Holder(Object value) {}

  @Test
  void equalModelsHaveEqualFormsAndAnyChangedValueChangesIt() {
    Listing a = new Listing(List.of(new Item("甲", 2024)), Map.of("k", "v"), Optional.empty());
    Listing same = new Listing(List.of(new Item("甲", 2024)), Map.of("k", "v"), Optional.empty());
    assertEquals(CanonicalModel.of(a), CanonicalModel.of(same));
    assertNotEquals(
        CanonicalModel.of(a),
        CanonicalModel.of(
            new Listing(List.of(new Item("甲", 2025)), Map.of("k", "v"), Optional.empty())));
    assertNotEquals(
        CanonicalModel.of(a),
        CanonicalModel.of(
            new Listing(
                List.of(new Item("甲", 2024)),
                Map.of("k", "v"),
                Optional.of(LocalDate.of(2025, 1, 1)))));
  }

  @Test
  void aValueCannotImitateTheSeparatorsBetweenValues() {
    assertNotEquals(CanonicalModel.of(List.of("a", "b")), CanonicalModel.of(List.of("a\"1:b")));
    assertNotEquals(
        CanonicalModel.of(new Item("x year=1", 2)), CanonicalModel.of(new Item("x", 1)));
  }

  @Test
  void mapOrderCountsBecauseTemplatesShowItInThatOrder() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");
    assertNotEquals(CanonicalModel.of(ab), CanonicalModel.of(ba));
  }

  @Test
  void aTypeWithoutACanonicalFormIsRefusedNotPrintedByItsToString() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> CanonicalModel.of(new Holder(new Object())));
    assertEquals(true, e.getMessage().contains("java.lang.Object"), e.getMessage());
  }
}
