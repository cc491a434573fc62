package cn.zwgk.publisher.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted index while it is being built: for each term, its postings in a compact byte form
 * (document gap, body term frequency, field bits as varints), appended one document at a time in
 * ascending document order. Holds no text, so memory grows with the number of postings only. Also
 * counts the exact size the term entries will take in the shard files, so the number of shards can
 * be chosen before anything is written. Not thread-safe.
 */
final class TermAccumulator {
  private static final int MAX_TF = 0xFFFF;

  /** One term's postings as varints: gap, tf, fields. */
  private static final class Buffer {
    byte[] bytes = new byte[8];
    int length;
    int lastDocument = -1;
    int count;

    void put(int value) {
      if (length + 5 > bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      while (value >= 0x80) {
        bytes[length++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      bytes[length++] = (byte) value;
    }
  }

  /** The frequency and field bits of one term in the document being added. */
  static final class Occurrence {
    int tf;
    int fields;
  }

  private final Map<String, Buffer> terms = new HashMap<>();
  private int[] lengths = new int[64];
  private int documents;
  private long totalLength;
  private long entryBytes;
  private long postings;

  /** Adds document {@code document} (one more than the previous) with its terms. */
  void add(int document, Map<String, Occurrence> documentTerms, int bodyLength) {
    if (document != documents) {
      throw new IllegalArgumentException("expected document " + documents + ", got " + document);
    }
    if (documents == lengths.length) {
      lengths = Arrays.copyOf(lengths, lengths.length * 2);
    }
    lengths[documents++] = bodyLength;
    totalLength += bodyLength;
    for (Map.Entry<String, Occurrence> e : documentTerms.entrySet()) {
      Buffer b = terms.get(e.getKey());
      if (b == null) {
        b = new Buffer();
        terms.put(e.getKey(), b);
        // "term":"postings", in the shard file
        entryBytes += e.getKey().getBytes(StandardCharsets.UTF_8).length + 6;
      }
      int gap = document - b.lastDocument;
      entryBytes += PostingCodec.encodedLength(gap);
      b.put(gap);
      b.put(Math.min(e.getValue().tf, MAX_TF));
      b.put(e.getValue().fields);
      b.lastDocument = document;
      b.count++;
      postings++;
    }
  }

  int documents() {
    return documents;
  }

  long postings() {
    return postings;
  }

  int termCount() {
    return terms.size();
  }

  /** Bytes the term entries take in the shard files, separators included. */
  long entryBytes() {
    return entryBytes;
  }

  double averageLength() {
    return documents == 0 ? 0 : (double) totalLength / documents;
  }

  /** The terms of each shard among {@code shards}, each list sorted. */
  List<List<String>> termsByShard(int shards) {
    List<List<String>> out = new ArrayList<>(shards);
    for (int i = 0; i < shards; i++) {
      out.add(new ArrayList<>());
    }
    for (String term : terms.keySet()) {
      out.get(ShardRouting.shardOf(term, shards)).add(term);
    }
    for (List<String> list : out) {
      list.sort(null);
    }
    return out;
  }

  /** The postings of {@code term} in their shard form (see {@link PostingCodec}). */
  String encoded(String term) {
    Buffer b = terms.get(term);
    StringBuilder out = new StringBuilder(b.count * 2);
    double average = averageLength();
    int[] position = {0};
    int document = -1;
    for (int i = 0; i < b.count; i++) {
      int gap = read(b, position);
      int tf = read(b, position);
      int fields = read(b, position);
      document += gap;
      int impact = Ranking.impact(tf, lengths[document], average);
      PostingCodec.append(out, gap, impact << 2 | fields);
    }
    return out.toString();
  }

  private static int read(Buffer b, int[] position) {
    int value = 0;
    int shift = 0;
    byte current;
    do {
      current = b.bytes[position[0]++];
      value |= (current & 0x7F) << shift;
      shift += 7;
    } while ((current & 0x80) != 0);
    return value;
  }
}
