package cn.zwgk.publisher.search;

/**
 * Which term shard holds a term, and how many shards an index has. A term's shard is a hash of its
 * UTF-16 units (FNV-1a, 32 bits, with the high half folded into the low bits) masked to the shard
 * count, a power of two chosen so that shards average at most {@link #TARGET_SHARD_BYTES}: a query
 * then downloads one small file per term, whatever the size of the corpus.
 *
 * <p>{@code assets/js/search.js} computes the same hash; change both together. Stateless.
 */
public final class ShardRouting {
  /** Average shard size aimed at. Smaller means more files but fewer bytes per query term. */
  public static final long TARGET_SHARD_BYTES = 48 * 1024;

  /** Upper bound on the number of shards, to keep the number of files reasonable. */
  public static final int MAX_SHARDS = 8192;

  private ShardRouting() {}

  /** FNV-1a over the UTF-16 units of {@code term}, high half folded into the low half. */
  public static int hash(String term) {
    int h = 0x811c9dc5;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  /** The shard of {@code term} among {@code shards} (a power of two). */
  public static int shardOf(String term, int shards) {
    return hash(term) & (shards - 1);
  }

  /** The number of shards for an index whose term entries take {@code totalBytes} in all. */
  public static int shardCountFor(long totalBytes) {
    long wanted = (totalBytes + TARGET_SHARD_BYTES - 1) / TARGET_SHARD_BYTES;
    int shards = 1;
    while (shards < wanted && shards < MAX_SHARDS) {
      shards <<= 1;
    }
    return shards;
  }
}
