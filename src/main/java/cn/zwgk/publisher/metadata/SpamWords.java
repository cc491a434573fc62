package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.config.SiteConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The list of words that mark injected spam (gambling, porn, fraud) in a report. The shipped list
 * is {@code spam-words.txt} beside this class; {@code spam.words} in jbake.properties adds words
 * and {@code spam.words.exclude} removes false positives. Shared by the importer and the site
 * check, so both flag the same text. Immutable and thread-safe.
 */
public final class SpamWords {
  /** jbake.properties key adding comma-separated words to the shipped list. */
  public static final String WORDS_KEY = "spam.words";

  /** jbake.properties key removing comma-separated words from the shipped list. */
  public static final String EXCLUDE_KEY = "spam.words.exclude";

  private static final String RESOURCE = "spam-words.txt";

  private final List<String> words;

  private SpamWords(List<String> words) {
    this.words = List.copyOf(words);
  }

  /** The shipped list only. */
  public static SpamWords shipped() {
    return new SpamWords(readShipped());
  }

  /** The shipped list with the additions and exclusions of {@code config}. */
  public static SpamWords of(SiteConfig config) {
    Set<String> all = new LinkedHashSet<>(readShipped());
    all.addAll(config.list(WORDS_KEY));
    for (String excluded : config.list(EXCLUDE_KEY)) {
      all.remove(excluded);
    }
    return new SpamWords(new ArrayList<>(all));
  }

  /** A list of exactly {@code words}; for tests and for callers with their own list. */
  public static SpamWords of(List<String> words) {
    return new SpamWords(words);
  }

  /** The words, in list order. */
  public List<String> words() {
    return Collections.unmodifiableList(words);
  }

  /**
   * The first spam word found in {@code text} at or after {@code from}: the longest word at the
   * earliest position, so 皇冠足球比分 wins over 足球比分.
   */
  public Optional<Match> find(String text, int from) {
    String lower = text.toLowerCase(Locale.ROOT);
    Match best = null;
    for (String word : words) {
      int at = lower.indexOf(word.toLowerCase(Locale.ROOT), from);
      if (at < 0) {
        continue;
      }
      if (best == null
          || at < best.start()
          || (at == best.start() && word.length() > best.word().length())) {
        best = new Match(text.substring(at, at + word.length()), at);
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every spam word in {@code text}, left to right, not overlapping. */
  public List<Match> findAll(String text) {
    List<Match> found = new ArrayList<>();
    int from = 0;
    for (Optional<Match> m = find(text, 0); m.isPresent(); m = find(text, from)) {
      found.add(m.get());
      from = m.get().start() + m.get().word().length();
    }
    return found;
  }

  /** One occurrence: the word as it appears in the text and its 0-based offset. */
  public record Match(String word, int start) {}

  private static List<String> readShipped() {
    try (InputStream in = SpamWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      List<String> words = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
