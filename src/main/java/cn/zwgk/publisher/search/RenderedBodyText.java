package cn.zwgk.publisher.search;

import cn.zwgk.publisher.metadata.Report;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Body text kept from the report pages a build has just rendered, so the search index does not
 * parse and sanitize every body a second time (a quarter of a 10,000-report build). It holds the
 * text of at most {@code maxChars} characters in all, so memory stays bounded at any size; reports
 * it does not hold (pages reused from the previous build, or past the bound) are read again by the
 * fallback of {@link #orElse}. Gives exactly the fallback's text: the same sanitized HTML, the same
 * Jsoup text. Thread-safe.
 */
public final class RenderedBodyText {
  private final Map<String, String> texts = new ConcurrentHashMap<>();
  private final AtomicLong chars = new AtomicLong();
  private final long maxChars;

  public RenderedBodyText(long maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * Keeps {@code text}, the text of {@code report}'s rendered, sanitized body, while under the
   * bound.
   */
  public void keep(Report report, String text) {
    if (chars.addAndGet(text.length()) <= maxChars) {
      texts.put(report.path(), text);
    } else {
      chars.addAndGet(-text.length());
    }
  }

  /**
   * The body text of {@code report}, from what was kept, else from {@code fallback}; each kept text
   * is handed out once and then dropped.
   */
  public BodyText orElse(BodyText fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return report -> {
      String text = texts.remove(report.path());
      if (text == null) {
        return fallback.of(report);
      }
      chars.addAndGet(-text.length());
      return text;
    };
  }
}
