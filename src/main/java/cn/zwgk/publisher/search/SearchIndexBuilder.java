package cn.zwgk.publisher.search;

import cn.zwgk.publisher.metadata.Report;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Builds the static search index of the published reports into {@code SITE/search/} (see {@link
 * ShardWriter} for the files and {@link SearchManifest} for the document numbering). Terms come
 * from the title (field {@link Ranking#TITLE}), the metadata ({@link Ranking#METADATA}) and the
 * body, whose text is read and tokenized in parallel one small batch of reports at a time, so
 * memory holds the postings and never all bodies. Drafts are left out. The output depends only on
 * the reports and their bodies: an unchanged site gives byte-identical files.
 *
 * <p>Thread-safe: one instance may build several indexes, one per call.
 */
public final class SearchIndexBuilder {
  /** Reports whose bodies are read in parallel before their terms are added in order. */
  private static final int BATCH = 64;

  private final BigramTokenizer tokenizer;

  public SearchIndexBuilder(BigramTokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  /** What was written. */
  public record Summary(
      int documents, int terms, long postings, int shards, int files, long bytes, Duration time) {}

  /**
   * Writes the index of the published reports among {@code reports} into {@code site}/search.
   *
   * @param townshipSlug the slug of a report's township page (the township filter's URL value)
   * @param bodies the plain text of a report's body
   */
  public Summary build(
      List<Report> reports, Function<Report, String> townshipSlug, BodyText bodies, Path site) {
    return build(reports, townshipSlug, bodies, ShardWriter.into(site));
  }

  /** Like {@link #build(List, Function, BodyText, Path)}, handing every file to {@code sink}. */
  public Summary build(
      List<Report> reports,
      Function<Report, String> townshipSlug,
      BodyText bodies,
      IndexFileSink sink) {
    long start = System.nanoTime();
    List<Report> ordered = documentOrder(reports);
    ShardWriter writer = new ShardWriter(sink);
    TermAccumulator terms = new TermAccumulator();
    // Bodies are tokenized and their document files written in parallel one batch at a time on
    // this thread and the common pool, while a single adder thread appends the previous batch's
    // terms in document order: at most two batches of term maps are in memory.
    ExecutorService adder =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread t = new Thread(task, "search-index-terms");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<?> adding = CompletableFuture.completedFuture(null);
      for (int from = 0; from < ordered.size(); from += BATCH) {
        int first = from;
        List<DocumentTerms> batch =
            IntStream.range(from, Math.min(ordered.size(), from + BATCH))
                .parallel()
                .mapToObj(id -> prepare(ordered.get(id), id, bodies, writer))
                .toList();
        await(adding);
        adding =
            adder.submit(
                () -> {
                  for (int i = 0; i < batch.size(); i++) {
                    terms.add(first + i, batch.get(i).terms(), batch.get(i).length());
                  }
                });
      }
      await(adding);
    } finally {
      adder.shutdownNow();
    }
    int shards = ShardRouting.shardCountFor(terms.entryBytes());
    List<List<String>> byShard = terms.termsByShard(shards);
    for (int s = 0; s < shards; s++) {
      writer.writeShard(s, byShard.get(s), terms::encoded);
    }
    writer.writeManifest(
        new SearchManifest(
            SearchManifest.FORMAT, ordered.size(), shards, townships(ordered, townshipSlug)));
    return new Summary(
        ordered.size(),
        terms.termCount(),
        terms.postings(),
        shards,
        writer.files(),
        writer.bytes(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * The published reports in document order: by county, then township (Chinese collation, then code
   * points so distinct names never tie), then report year newest first, then publication date
   * newest first, then path.
   */
  public static List<Report> documentOrder(List<Report> reports) {
    Collator collator = Collator.getInstance(Locale.CHINA);
    Comparator<Report> order =
        Comparator.comparing(Report::county, collator)
            .thenComparing(SearchIndexBuilder::issuerName, collator)
            .thenComparing(Report::county)
            .thenComparing(SearchIndexBuilder::issuerName)
            .thenComparing(Comparator.comparing(Report::reportYear).reversed())
            .thenComparing(Comparator.comparing(Report::publicationDate).reversed())
            .thenComparing(Report::path);
    return reports.stream().filter(Report::isPublished).sorted(order).toList();
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the search index", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The frequency and fields of each term of a document, and its body length in terms. */
  private record DocumentTerms(Map<String, TermAccumulator.Occurrence> terms, int length) {}

  /** The terms of report {@code r}, document {@code id}; writes its document file. */
  private DocumentTerms prepare(Report r, int id, BodyText bodies, ShardWriter writer) {
    String body = bodies.of(r);
    if (!writer.keepDocument(id)) {
      writer.writeDocument(id, document(r, body));
    }
    Map<String, TermAccumulator.Occurrence> found = new HashMap<>();
    tokenizer.tokens(r.title(), t -> occurrence(found, t).fields |= Ranking.TITLE);
    tokenizer.tokens(metadataText(r), t -> occurrence(found, t).fields |= Ranking.METADATA);
    int[] length = {0};
    tokenizer.tokens(
        body,
        t -> {
          occurrence(found, t).tf++;
          length[0]++;
        });
    return new DocumentTerms(found, length[0]);
  }

  private static TermAccumulator.Occurrence occurrence(
      Map<String, TermAccumulator.Occurrence> found, String term) {
    return found.computeIfAbsent(term, t -> new TermAccumulator.Occurrence());
  }

  /** The metadata a reader may search for, one value per line so no term spans two values. */
  static String metadataText(Report r) {
    List<String> values = new ArrayList<>();
    values.add(r.township());
    values.add(r.county());
    values.add(r.issuer());
    values.add(r.indexNumber());
    values.add(r.docNumber());
    values.add(r.category());
    values.addAll(r.subjectWords());
    values.add(String.valueOf(r.reportYear()));
    return String.join("\n", values);
  }

  private static SearchDocument document(Report r, String body) {
    return new SearchDocument(
        r.uri(),
        r.title(),
        r.township(),
        r.county(),
        r.reportYear(),
        r.publicationDate().toString(),
        r.indexNumber(),
        r.docNumber(),
        body);
  }

  private static List<SearchManifest.Township> townships(
      List<Report> ordered, Function<Report, String> townshipSlug) {
    List<SearchManifest.Township> out = new ArrayList<>();
    int i = 0;
    while (i < ordered.size()) {
      Report first = ordered.get(i);
      int start = i;
      Map<Integer, Integer> years = new LinkedHashMap<>();
      while (i < ordered.size() && sameTownship(first, ordered.get(i))) {
        years.merge(ordered.get(i).reportYear(), 1, Integer::sum);
        i++;
      }
      List<List<Integer>> pairs = new ArrayList<>();
      years.forEach((year, count) -> pairs.add(List.of(year, count)));
      out.add(
          new SearchManifest.Township(
              townshipSlug.apply(first), first.county(), issuerName(first), start, pairs));
    }
    return out;
  }

  private static boolean sameTownship(Report a, Report b) {
    return a.county().equals(b.county())
        && issuerName(a).equals(issuerName(b))
        && a.isTownshipIssuer() == b.isTownshipIssuer();
  }

  /**
   * The name a document is grouped under: its township, or the full name of a county-level body
   * (which has no township), so a county's government and departments are facets of their own.
   */
  static String issuerName(Report r) {
    return r.isTownshipIssuer() ? r.township() : r.issuer();
  }
}
