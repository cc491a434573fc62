package cn.zwgk.publisher.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The known header key an unknown one was most likely meant to be: the one at the smallest
 * optimal-string-alignment distance (Levenshtein plus the swap of two neighbours, so {@code isuer}
 * and {@code issuer}, {@code tilte} and {@code title} are one edit apart), if it is close enough to
 * be a typo: at most 1 edit for keys of up to 4 characters, 2 for longer ones, and less than half
 * the key. Ties go to the earlier candidate. Stateless.
 */
final class NearestKey {
  private NearestKey() {}

  static Optional<String> of(String unknown, List<String> candidates) {
    String u = unknown.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(u, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = Math.min(u.length() <= 4 ? 1 : 2, (u.length() - 1) / 2 + 1);
    return best != null && bestDistance > 0 && bestDistance <= allowed && bestDistance < u.length()
        ? Optional.of(best)
        : Optional.empty();
  }

  /** The optimal string alignment distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
