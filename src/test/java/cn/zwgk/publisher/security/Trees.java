package cn.zwgk.publisher.security;

import cn.zwgk.publisher.cli.PublisherCli;
import cn.zwgk.publisher.testing.EnglishCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** What the adversarial tests compare: snapshots of folder trees, and one CLI run. */
final class Trees {
  private Trees() {}

  /** One in-process CLI run: exit status and everything printed. */
  record Run(int status, String out, String err) {
    String printed() {
      return out + err;
    }
  }

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        PublisherCli.run(new PrintWriter(out), new PrintWriter(err), EnglishCli.args(args));
    return new Run(status, out.toString(), err.toString());
  }

  /**
   * Every entry under {@code root} (not following links) except those {@code skip} accepts: path →
   * SHA-256 of a file, the target of a link, or "dir". Equal snapshots: nothing was written,
   * deleted or replaced there.
   */
  static Map<String, String> snapshot(Path root, Predicate<Path> skip) {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (skip.test(p)) {
          continue;
        }
        String rel = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          tree.put(rel, "link:" + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          tree.put(rel, "dir");
        } else {
          tree.put(rel, sha256(Files.readAllBytes(p)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tree;
  }

  /** {@link #snapshot} of everything under {@code root}. */
  static Map<String, String> snapshot(Path root) {
    return snapshot(root, p -> false);
  }

  /** Files under {@code dir} (links not followed) whose bytes contain {@code secret}. */
  static List<Path> filesHolding(Path dir, byte[] secret) {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> contains(read(p), secret))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
