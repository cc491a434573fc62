package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexNumberAllocatorTest {
  private static final String CODE = "11441602730470987N";

  @Test
  void startsAtOneForANewYear() {
    assertEquals(
        CODE + "/2026-00001", IndexNumberAllocator.next(CODE, 2026, List.of(CODE + "/2025-00002")));
  }

  @Test
  void continuesAboveTheHighestOfThatCodeAndYearLeavingGaps() {
    assertEquals(
        CODE + "/2025-00008",
        IndexNumberAllocator.next(
            CODE,
            2025,
            List.of(
                CODE + "/2025-00002",
                CODE + "/2025-00007",
                "123456789/2025-00050",
                CODE + "/2024-00090")));
  }

  @Test
  void refusesToOverflowFiveDigits() {
    assertThrows(
        IllegalStateException.class,
        () -> IndexNumberAllocator.next(CODE, 2025, List.of(CODE + "/2025-99999")));
  }

  @Test
  void registryRejectsDuplicatesAndWrongColumns() {
    var e =
        assertThrows(
            cn.zwgk.publisher.problem.InvalidContentException.class,
            () ->
                IssuerRegistry.parse(
                    "township,county,issuer,code\n埔前镇,源城区,甲,11441602730470987N\n埔前镇,源城区,乙,11441602730470987N\n埔前镇,源城区\n"));
    assertEquals(
        List.of(
            "registry/issuers.csv:3: township: 埔前镇 (源城区) is already on line 2 (expected one line per"
                + " township)",
            "registry/issuers.csv:4: issuer: \"埔前镇,源城区\" has 2 values (expected 4:"
                + " township,county,issuer,code; no commas in values)"),
        e.problems().stream().map(cn.zwgk.publisher.problem.Problem::format).toList());
  }
}
