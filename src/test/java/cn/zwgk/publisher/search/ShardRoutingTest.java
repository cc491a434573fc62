package cn.zwgk.publisher.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShardRoutingTest {

  @Test
  void hashesUtf16UnitsWithFnv1a() {
    // FNV-1a of the empty string is the offset basis; the JavaScript copy must give these too.
    assertEquals(0x811c9dc5 ^ (0x811c9dc5 >>> 16), ShardRouting.hash(""));
    int h = (0x811c9dc5 ^ 'a') * 0x01000193;
    assertEquals(h ^ (h >>> 16), ShardRouting.hash("a"));
  }

  @Test
  void sendsEachTermToOneShardInRange() {
    for (String term : List.of("法治", "埔前", "2025", "11441602730470987n", "号")) {
      int shard = ShardRouting.shardOf(term, 64);
      assertTrue(shard >= 0 && shard < 64, term + " -> " + shard);
      assertEquals(shard, ShardRouting.shardOf(term, 64));
    }
    assertEquals(0, ShardRouting.shardOf("法治", 1));
  }

  @Test
  void spreadsBigramsEvenly() {
    int[] counts = new int[64];
    int terms = 0;
    for (char a = '\u4e00'; a < '\u4e00' + 120; a++) {
      for (char b = '\u4e00'; b < '\u4e00' + 120; b++) {
        counts[ShardRouting.shardOf("" + a + b, 64)]++;
        terms++;
      }
    }
    double mean = (double) terms / counts.length;
    for (int c : counts) {
      assertTrue(c > mean * 0.8 && c < mean * 1.2, "shard holds " + c + ", mean " + mean);
    }
  }

  @Test
  void choosesThePowerOfTwoThatKeepsShardsNearTheTarget() {
    long target = ShardRouting.TARGET_SHARD_BYTES;
    assertEquals(1, ShardRouting.shardCountFor(0));
    assertEquals(1, ShardRouting.shardCountFor(target));
    assertEquals(2, ShardRouting.shardCountFor(target + 1));
    assertEquals(1024, ShardRouting.shardCountFor(target * 1000));
    assertEquals(ShardRouting.MAX_SHARDS, ShardRouting.shardCountFor(Long.MAX_VALUE / 2));
  }
}
