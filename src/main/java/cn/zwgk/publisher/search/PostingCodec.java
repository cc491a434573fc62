package cn.zwgk.publisher.search;

import java.util.Arrays;

/**
 * The text form of a posting list in a term shard: for each document containing the term, in
 * ascending document order, the gap to the previous document minus one as a varint of 5-bit groups
 * (low group first; a set sixth bit means another group follows), then one character holding {@code
 * impact << 2 | fields}. Characters come from the URL-safe base64 alphabet, so the string needs no
 * JSON escaping. A document that follows its predecessor directly and has the term in its body
 * costs two characters.
 *
 * <p>{@code assets/js/search.js} decodes the same form. Stateless.
 */
public final class PostingCodec {
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  private static final int[] VALUE = new int[128];

  static {
    Arrays.fill(VALUE, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUE[ALPHABET.charAt(i)] = i;
    }
  }

  private PostingCodec() {}

  /** The postings of one term: parallel arrays of document ids and payloads. */
  public record Postings(int[] documents, int[] payloads) {
    public int size() {
      return documents.length;
    }
  }

  /** Characters that {@code gap} (≥ 1) takes in the encoded form, payload included. */
  static int encodedLength(int gap) {
    int v = gap - 1;
    int length = 2;
    while (v >= 32) {
      v >>>= 5;
      length++;
    }
    return length;
  }

  /** Appends one posting: {@code gap} ≥ 1 from the previous document, {@code payload} 0–63. */
  static void append(StringBuilder out, int gap, int payload) {
    if (gap < 1) {
      throw new IllegalArgumentException("documents must ascend, gap " + gap);
    }
    if (payload < 0 || payload > 63) {
      throw new IllegalArgumentException("payload out of range: " + payload);
    }
    int v = gap - 1;
    while (v >= 32) {
      out.append(ALPHABET.charAt((v & 31) | 32));
      v >>>= 5;
    }
    out.append(ALPHABET.charAt(v));
    out.append(ALPHABET.charAt(payload));
  }

  /** Encodes ascending {@code documents} with their {@code payloads}. */
  public static String encode(int[] documents, int[] payloads) {
    StringBuilder out = new StringBuilder(documents.length * 2);
    int previous = -1;
    for (int i = 0; i < documents.length; i++) {
      append(out, documents[i] - previous, payloads[i]);
      previous = documents[i];
    }
    return out.toString();
  }

  /** Decodes an encoded posting list; throws on characters outside the alphabet or a cut varint. */
  public static Postings decode(String encoded) {
    int[] documents = new int[encoded.length() / 2];
    int[] payloads = new int[encoded.length() / 2];
    int count = 0;
    int previous = -1;
    int i = 0;
    while (i < encoded.length()) {
      int gap = 0;
      int shift = 0;
      int digit;
      do {
        digit = value(encoded, i++);
        gap |= (digit & 31) << shift;
        shift += 5;
      } while ((digit & 32) != 0);
      int payload = value(encoded, i++);
      previous += gap + 1;
      documents[count] = previous;
      payloads[count] = payload;
      count++;
    }
    return new Postings(Arrays.copyOf(documents, count), Arrays.copyOf(payloads, count));
  }

  private static int value(String encoded, int i) {
    if (i >= encoded.length()) {
      throw new IllegalArgumentException("posting list ends inside a posting");
    }
    char c = encoded.charAt(i);
    int v = c < 128 ? VALUE[c] : -1;
    if (v < 0) {
      throw new IllegalArgumentException("'" + c + "' at " + i + " is not a posting character");
    }
    return v;
  }
}
