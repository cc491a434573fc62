package cn.zwgk.publisher.search;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers queries from the files of a built index, step by step as {@code assets/js/search.js} does
 * in the browser: it loads the manifest, the shard of each query term, intersects the postings,
 * applies the filters and orders the hits by {@link Ranking#BEST_FIRST}. Used by tests (the browser
 * must show the same results in the same order) and by the benchmark, whose {@link #plan} counts
 * the bytes a query downloads. Not thread-safe (shards are cached as they are read).
 */
public final class SearchIndexReader {
  /** Results the search page shows at once; the browser fetches one document file for each. */
  public static final int PAGE_SIZE = 10;

  private static final TypeReference<Map<String, String>> SHARD = new TypeReference<>() {};

  private final Path site;
  private final SearchManifest manifest;
  private final BigramTokenizer tokenizer;
  private final int[] years;
  private final int[] townships;
  private final Map<Integer, Map<String, String>> shards = new HashMap<>();

  private SearchIndexReader(Path site, SearchManifest manifest, BigramTokenizer tokenizer) {
    this.site = site;
    this.manifest = manifest;
    this.tokenizer = tokenizer;
    this.years = new int[manifest.documents()];
    this.townships = new int[manifest.documents()];
    int t = 0;
    for (SearchManifest.Township township : manifest.townships()) {
      int d = township.first();
      for (List<Integer> year : township.years()) {
        for (int i = 0; i < year.get(1); i++) {
          years[d] = year.get(0);
          townships[d] = t;
          d++;
        }
      }
      t++;
    }
  }

  /** Opens the index of the site in {@code site} (the folder holding {@code search/}). */
  public static SearchIndexReader open(Path site) {
    Path file = ShardWriter.manifestPath(site);
    try {
      SearchManifest manifest = ShardWriter.json().readValue(file.toFile(), SearchManifest.class);
      if (manifest.format() != SearchManifest.FORMAT) {
        throw new IllegalStateException(
            file + ": format " + manifest.format() + " (expected " + SearchManifest.FORMAT + ")");
      }
      return new SearchIndexReader(site, manifest, new BigramTokenizer());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public SearchManifest manifest() {
    return manifest;
  }

  /** Every document matching {@code query}, best first. */
  public List<Ranking.Hit> search(SearchQuery query) {
    List<String> terms = tokenizer.queryTerms(query.text());
    if (terms.isEmpty()) {
      return List.of();
    }
    List<PostingCodec.Postings> lists = new ArrayList<>();
    for (String term : terms) {
      String encoded = shard(ShardRouting.shardOf(term, manifest.shards())).get(term);
      if (encoded == null) {
        return List.of();
      }
      lists.add(PostingCodec.decode(encoded));
    }
    List<Ranking.Hit> hits = intersect(lists, query);
    hits.sort(Ranking.BEST_FIRST);
    return hits;
  }

  private List<Ranking.Hit> intersect(List<PostingCodec.Postings> lists, SearchQuery query) {
    PostingCodec.Postings shortest =
        lists.stream().min(Comparator.comparingInt(PostingCodec.Postings::size)).orElseThrow();
    double[] idf = new double[lists.size()];
    for (int t = 0; t < lists.size(); t++) {
      idf[t] = Ranking.idf(lists.get(t).size(), manifest.documents());
    }
    List<Ranking.Hit> hits = new ArrayList<>();
    candidates:
    for (int document : shortest.documents()) {
      if (!accepts(document, query)) {
        continue;
      }
      int fieldTerms = 0;
      int titleTerms = 0;
      double body = 0;
      for (int t = 0; t < lists.size(); t++) {
        PostingCodec.Postings p = lists.get(t);
        int at = Arrays.binarySearch(p.documents(), document);
        if (at < 0) {
          continue candidates;
        }
        int payload = p.payloads()[at];
        fieldTerms += (payload & (Ranking.TITLE | Ranking.METADATA)) != 0 ? 1 : 0;
        titleTerms += (payload & Ranking.TITLE) != 0 ? 1 : 0;
        body += idf[t] * (payload >> 2);
      }
      hits.add(
          new Ranking.Hit(
              document, fieldTerms, titleTerms, Ranking.bodyScore(body), years[document]));
    }
    return hits;
  }

  private boolean accepts(int document, SearchQuery query) {
    SearchManifest.Township t = manifest.townships().get(townships[document]);
    return (query.county().isEmpty() || query.county().equals(t.county()))
        && (query.township().isEmpty() || query.township().equals(t.slug()))
        && (query.year() == 0 || query.year() == years[document]);
  }

  /** The document file of {@code document}. */
  public SearchDocument document(int document) {
    Path file = ShardWriter.documentPath(site, document);
    try {
      return ShardWriter.json().readValue(file.toFile(), SearchDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The files a browser downloads to show the first page of results of a query, and their size. */
  public record QueryPlan(List<String> terms, List<Path> files, long bytes, int hits) {}

  /**
   * What the search page downloads for {@code query}: the manifest, the shard of every query term,
   * and the document file of each result on the first page.
   */
  public QueryPlan plan(SearchQuery query) {
    List<String> terms = tokenizer.queryTerms(query.text());
    Set<Path> files = new LinkedHashSet<>();
    files.add(ShardWriter.manifestPath(site));
    for (String term : terms) {
      files.add(ShardWriter.shardPath(site, ShardRouting.shardOf(term, manifest.shards())));
    }
    List<Ranking.Hit> hits = search(query);
    for (Ranking.Hit hit : hits.subList(0, Math.min(PAGE_SIZE, hits.size()))) {
      files.add(ShardWriter.documentPath(site, hit.document()));
    }
    long bytes = 0;
    for (Path f : files) {
      try {
        bytes += Files.size(f);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the size of " + f, e);
      }
    }
    return new QueryPlan(terms, List.copyOf(files), bytes, hits.size());
  }

  private Map<String, String> shard(int shard) {
    return shards.computeIfAbsent(
        shard,
        s -> {
          Path file = ShardWriter.shardPath(site, s);
          try {
            return ShardWriter.json().readValue(file.toFile(), SHARD);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
          }
        });
  }
}
