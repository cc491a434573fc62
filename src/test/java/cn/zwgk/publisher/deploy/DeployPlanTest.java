package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.manifest.SiteManifest.Entry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeployPlanTest {
  private static final SiteManifest SITE =
      SiteManifest.of(
          List.of(
              new Entry("index.html", "aa", 10),
              new Entry("reports/2024/a.html", "bb", 20),
              new Entry("reports/2024/b.html", "cc", 30),
              new Entry("reports/2025/moved.html", "dd", 40)));

  @Test
  void firstDeployUploadsEverythingAndCreatesEveryFolder() {
    DeployPlan plan = DeployPlan.of(SITE, Optional.empty(), Map.of());
    assertEquals(4, plan.uploads().size());
    assertEquals(100, plan.uploadBytes());
    assertEquals(List.of("reports", "reports/2024", "reports/2025"), plan.directories());
  }

  @Test
  void reusesUnchangedFilesByPathAndByContent() {
    SiteManifest live =
        SiteManifest.of(
            List.of(
                new Entry("index.html", "old", 10),
                new Entry("reports/2024/a.html", "bb", 20),
                new Entry("reports/2024/b.html", "cc", 30),
                new Entry("reports/2023/moved.html", "dd", 40)));
    DeployPlan plan = DeployPlan.of(SITE, Optional.of(live), Map.of());
    assertEquals(List.of(new Entry("index.html", "aa", 10)), plan.uploads());
    assertEquals(
        Map.of(
            "reports/2024/a.html", "reports/2024/a.html",
            "reports/2024/b.html", "reports/2024/b.html",
            "reports/2025/moved.html", "reports/2023/moved.html"),
        plan.reuses());
  }

  @Test
  void resumesFilesAlreadyThereAndRemovesLeftovers() {
    Map<String, Long> present =
        Map.of(
            "index.html", 10L,
            "reports/2024/a.html.deploy-part", 7L,
            "reports/2024/b.html", 3L);
    DeployPlan plan = DeployPlan.of(SITE, Optional.empty(), present);
    assertEquals(List.of("index.html"), plan.resumed());
    assertEquals(
        List.of("reports/2024/a.html.deploy-part", "reports/2024/b.html"),
        plan.leftovers().stream().sorted().toList());
    assertEquals(3, plan.uploads().size());
  }
}
