package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.zwgk.publisher.check.SiteLinks.Kind;
import cn.zwgk.publisher.check.SiteLinks.Link;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteLinksTest {
  private final SiteLinks links =
      new SiteLinks(
          "https://www.example.gov.cn/zwgk",
          Set.of("index.html", "css/site.css", "reports/2024/pq.html", "townships/index.html"));

  @Test
  void resolvesRelativeLinksAgainstThePage() {
    assertEquals(
        new Link(Kind.INTERNAL, "../../css/site.css", "css/site.css", "", ""),
        links.resolve("reports/2024/pq.html", "../../css/site.css"));
    assertEquals(
        new Link(Kind.INTERNAL, "pq.html#一、概述", "reports/2024/pq.html", "一、概述", ""),
        links.resolve("reports/2024/x.html", "pq.html#一、概述"));
  }

  @Test
  void fragmentOnlyLinksPointAtThePageItself() {
    assertEquals(
        new Link(Kind.INTERNAL, "#main", "index.html", "main", ""),
        links.resolve("index.html", "#main"));
  }

  @Test
  void absolutePathsAndUrlsOfTheSiteAreInternal() {
    assertEquals(
        new Link(Kind.INTERNAL, "/zwgk/townships/", "townships/", "", ""),
        links.resolve("404.html", "/zwgk/townships/"));
    assertEquals(
        new Link(
            Kind.INTERNAL,
            "https://WWW.example.gov.cn/zwgk/reports/2024/pq.html",
            "reports/2024/pq.html",
            "",
            ""),
        links.resolve("feed.xml", "https://WWW.example.gov.cn/zwgk/reports/2024/pq.html"));
    assertEquals(
        Kind.INTERNAL, links.resolve("feed.xml", "https://www.example.gov.cn/zwgk/").kind());
  }

  @Test
  void pathsAboveTheRootOrOutsideTheBasePathAreOutside() {
    assertEquals(Kind.OUTSIDE, links.resolve("index.html", "../x.html").kind());
    assertEquals(Kind.OUTSIDE, links.resolve("index.html", "/other/x.html").kind());
    assertEquals(
        Kind.OUTSIDE, links.resolve("index.html", "https://www.example.gov.cn/other/").kind());
  }

  @Test
  void otherHostsAreExternalAndOtherSchemesAreLeftAlone() {
    assertEquals(
        new Link(Kind.EXTERNAL, "//cdn.example.net/a.js", "", "", "cdn.example.net"),
        links.resolve("index.html", "//cdn.example.net/a.js"));
    assertEquals(
        "www.gov.cn", links.resolve("index.html", "https://user@www.gov.cn:8443/x?y#z").host());
    assertEquals(Kind.OTHER, links.resolve("index.html", "mailto:ban@example.gov.cn").kind());
    assertEquals(Kind.OTHER, links.resolve("index.html", "").kind());
  }

  @Test
  void decodesPercentEscapes() {
    assertEquals(
        "reports/2024/报告 一.pdf",
        links.resolve("reports/2024/pq.html", "%E6%8A%A5%E5%91%8A%20%E4%B8%80.pdf").path());
  }

  @Test
  void folderLinksAreServedFromTheirIndex() {
    assertEquals("townships/index.html", links.existingFile("townships/"));
    assertEquals("townships/index.html", links.existingFile("townships"));
    assertEquals("index.html", links.existingFile(""));
    assertNull(links.existingFile("years/"));
  }
}
