package cn.zwgk.publisher.search;

import java.util.Comparator;

/**
 * How results are ordered. A document matches a query when it contains every query term (in any
 * field). Matches are ordered by, in turn: how many query terms occur in its title or metadata
 * (township, county, issuer, 索引号, 文号, 主题词, category, year), how many occur in its title, its BM25
 * score over the body, its report year (newest first), and its document number.
 *
 * <p>The BM25 part is split so that the browser has little to compute: the term-frequency part
 * depends only on the document, so it is computed at build time and stored in each posting as an
 * impact of 1–{@value #MAX_IMPACT} (0 when the term is only in title or metadata); the browser
 * multiplies by the term's idf from its posting count and rounds the sum to thousandths (so that
 * Java and JavaScript, both using fdlibm's log, order ties identically).
 *
 * <p>{@code assets/js/search.js} implements the same order; change both together. Stateless.
 */
public final class Ranking {
  /** Field bit of a posting: the term occurs in the title. */
  public static final int TITLE = 1;

  /** Field bit of a posting: the term occurs in the metadata. */
  public static final int METADATA = 2;

  /** Largest stored term-frequency impact. */
  public static final int MAX_IMPACT = 15;

  static final double K1 = 1.2;
  static final double B = 0.75;

  private Ranking() {}

  /** The stored impact of a body term occurring {@code tf} times in a body of {@code length}. */
  public static int impact(int tf, int length, double averageLength) {
    if (tf <= 0) {
      return 0;
    }
    double norm = averageLength > 0 ? length / averageLength : 1;
    double part = tf * (K1 + 1) / (tf + K1 * (1 - B + B * norm));
    int impact = (int) Math.round(part / (K1 + 1) * MAX_IMPACT);
    return Math.max(1, Math.min(MAX_IMPACT, impact));
  }

  /** BM25 inverse document frequency of a term held by {@code df} of {@code documents}. */
  public static double idf(int df, int documents) {
    return StrictMath.log(1 + (documents - df + 0.5) / (df + 0.5));
  }

  /** The body score as stored in a {@link Hit}: the sum rounded to thousandths. */
  public static long bodyScore(double sum) {
    return Math.round(sum * 1000);
  }

  /** One matching document with the keys it is ordered by. */
  public record Hit(int document, int fieldTerms, int titleTerms, long bodyScore, int year) {}

  /** Best first. */
  public static final Comparator<Hit> BEST_FIRST =
      Comparator.comparingInt(Hit::fieldTerms)
          .thenComparingInt(Hit::titleTerms)
          .thenComparingLong(Hit::bodyScore)
          .thenComparingInt(Hit::year)
          .reversed()
          .thenComparingInt(Hit::document);
}
