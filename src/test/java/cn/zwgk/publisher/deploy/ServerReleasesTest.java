package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerReleasesTest {
  private static final String A = "20250101T000000000Z-aaaaaaaaaaaa";
  private static final String B = "20250102T000000000Z-bbbbbbbbbbbb";
  private static final String C = "20250103T000000000Z-cccccccccccc";
  private static final String D = "20250104T000000000Z-dddddddddddd";
  private static final String E = "20250105T000000000Z-eeeeeeeeeeee";

  @Test
  void keepsTheNewestOldReleasesBesidesTheLiveOne() {
    List<Release> all =
        List.of(
            new Release(A, true), new Release(B, true), new Release(C, true), new Release(D, true));
    assertEquals(List.of(A, B), ServerReleases.toPrune(all, D, 1));
    assertEquals(List.of(), ServerReleases.toPrune(all, D, 5));
  }

  @Test
  void neverPrunesTheLiveReleaseEvenAfterARollback() {
    List<Release> all = List.of(new Release(A, true), new Release(B, true), new Release(C, true));
    assertEquals(List.of(B), ServerReleases.toPrune(all, A, 1));
  }

  @Test
  void removesIncompleteReleasesOlderThanTheLiveOneOnly() {
    List<Release> all =
        List.of(
            new Release(A, false),
            new Release(B, true),
            new Release(C, true),
            new Release(E, false));
    assertEquals(List.of(A), ServerReleases.toPrune(all, C, 5));
  }

  @Test
  void newReleaseIdsSortAfterTheNewestEvenWhenTheClockIsBehind() {
    String next =
        ReleaseId.next(Instant.parse("2025-01-01T00:00:00Z"), "ffffffffffff", Optional.of(E));
    assertEquals("20250105T000000001Z-ffffffffffff", next);
    assertTrue(ReleaseId.isRelease(next));
    assertEquals(
        "20260101T120000000Z-ffffffffffff",
        ReleaseId.next(Instant.parse("2026-01-01T12:00:00Z"), "ffffffffffff", Optional.of(E)));
  }
}
