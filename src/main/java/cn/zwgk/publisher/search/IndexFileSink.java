package cn.zwgk.publisher.search;

import java.io.IOException;

/**
 * Where the files of a search index go. The site build passes one that keeps a file unchanged since
 * the previous build instead of writing it again; {@link ShardWriter#into} writes plainly.
 */
@FunctionalInterface
public interface IndexFileSink {
  /**
   * Stores {@code bytes} as the site file {@code path} (e.g. {@code search/docs/12.json}). Called
   * from several threads at once for document files.
   */
  void write(String path, byte[] bytes) throws IOException;

  /**
   * Keeps the previous build's file {@code path} instead of writing it, when it was made from
   * exactly this build's input for it; true if kept. Spares making and hashing the bytes of a
   * document file whose report did not change. Called from several threads at once.
   */
  default boolean keep(String path) {
    return false;
  }
}
