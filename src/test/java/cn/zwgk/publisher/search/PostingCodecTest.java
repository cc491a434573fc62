package cn.zwgk.publisher.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingCodecTest {

  @Test
  void encodesGapsAsFiveBitGroupsThenOnePayloadCharacter() {
    // gap 1 -> "0"; gap 39 -> 38 = 6 + 1*32 -> "c" (6 | continuation 32) then "1"
    assertEquals("0y02c15", PostingCodec.encode(new int[] {0, 1, 40}, new int[] {60, 2, 5}));
  }

  @Test
  void decodesWhatItEncodes() {
    Random random = new Random(3);
    int[] documents = new int[2000];
    int[] payloads = new int[2000];
    int d = -1;
    for (int i = 0; i < documents.length; i++) {
      d += 1 + (i % 7 == 0 ? random.nextInt(100_000) : random.nextInt(3));
      documents[i] = d;
      payloads[i] = random.nextInt(64);
    }
    String encoded = PostingCodec.encode(documents, payloads);
    PostingCodec.Postings decoded = PostingCodec.decode(encoded);
    assertArrayEquals(documents, decoded.documents());
    assertArrayEquals(payloads, decoded.payloads());
  }

  @Test
  void predictsTheEncodedLength() {
    for (int gap : new int[] {1, 32, 33, 1024, 1025, 32768, 32769, 1 << 20}) {
      StringBuilder out = new StringBuilder();
      PostingCodec.append(out, gap, 0);
      assertEquals(out.length(), PostingCodec.encodedLength(gap), "gap " + gap);
    }
  }

  @Test
  void rejectsDocumentsOutOfOrder() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PostingCodec.encode(new int[] {5, 5}, new int[] {0, 0}));
    assertEquals("documents must ascend, gap 0", e.getMessage());
  }

  @Test
  void rejectsPayloadsAboveSixBits() {
    assertThrows(
        IllegalArgumentException.class, () -> PostingCodec.encode(new int[] {0}, new int[] {64}));
  }

  @Test
  void rejectsCharactersOutsideTheAlphabetAndCutPostings() {
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> PostingCodec.decode("0+"));
    assertEquals("'+' at 1 is not a posting character", bad.getMessage());
    IllegalArgumentException cut =
        assertThrows(IllegalArgumentException.class, () -> PostingCodec.decode("0"));
    assertEquals("posting list ends inside a posting", cut.getMessage());
  }
}
