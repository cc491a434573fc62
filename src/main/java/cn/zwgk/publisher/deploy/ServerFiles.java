package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.problem.Text;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.maven.wagon.StreamingWagon;
import org.apache.maven.wagon.WagonException;

/**
 * The file operations a deploy needs on the server, on paths relative to the deploy folder ({@code
 * /}-separated, never starting with {@code /}). Implementations use Maven Wagon for what Wagon
 * offers (connect, get, list) and the protocol's own calls for what it lacks (symlink, atomic
 * rename, hard link, remove). Not thread-safe: one deploy thread uses an instance.
 *
 * <p>Every method throws {@link DeployException} naming the server and the path on failure.
 */
interface ServerFiles extends AutoCloseable {
  /** The server and folder, for messages; never contains secrets. */
  String describe();

  /** Creates each folder that does not exist yet; parents must come before children. */
  void makeDirectories(List<String> dirs);

  /** Names in {@code dir} (folders end with {@code /}); empty when {@code dir} does not exist. */
  List<String> list(String dir);

  /** Size of every regular file under {@code dir}, by path relative to {@code dir}. */
  Map<String, Long> sizes(String dir);

  /** Whether {@code path} exists (without following a final symlink). */
  boolean exists(String path);

  /** The target of symlink {@code path}; empty when absent; an error when it is not a symlink. */
  Optional<String> readLink(String path);

  /** The bytes of a small file. */
  byte[] read(String path);

  /**
   * The SHA-256 (hex) of the file {@code path} as it is on the server now. Over SFTP the file is
   * read back (the protocol has no hash call that OpenSSH's server answers), with {@link
   * #heartbeat} beats while it streams.
   */
  String sha256(String path);

  /**
   * SHA-256 (hex) of the regular files under {@code dir}, by relative path, where the server can
   * compute them in one request; a file missing from the answer is read back with {@link #sha256}.
   * No transport offers it yet: {@code sha256sum} over an SSH exec channel runs the account's login
   * shell, whose start-up can stall for longer than the deploy's silence limit, so it would need
   * its own bound and fallback first.
   */
  default Map<String, String> hashes(String dir) {
    return Map.of();
  }

  /** A deploy folder that is not there, for commands that must not create it. */
  static DeployException missingFolder(String describe) {
    return new DeployException(Text.of("deploy.no_folder", describe));
  }

  /** Hex SHA-256 of a stream, beating {@code beat} every chunk. */
  static String sha256(java.io.InputStream in, Runnable beat) throws java.io.IOException {
    java.security.MessageDigest digest;
    try {
      digest = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
    byte[] buffer = new byte[64 * 1024];
    for (int n; (n = in.read(buffer)) > 0; ) {
      digest.update(buffer, 0, n);
      beat.run();
    }
    return java.util.HexFormat.of().formatHex(digest.digest());
  }

  /** {@link #read} through Wagon's get, as both transports do it. */
  static byte[] readThrough(StreamingWagon wagon, String describe, String path) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      wagon.getToStream(path, out);
    } catch (WagonException e) {
      throw new DeployException(
          Text.of("deploy.server.cannot_read", describe, path, e.getMessage()), e);
    }
    return out.toByteArray();
  }

  /**
   * Sends {@code local} to {@code path}, overwriting it; {@code progress} gets bytes sent so far.
   */
  void upload(Path local, String path, LongConsumer progress);

  /** Size of the file {@code path}. */
  long size(String path);

  /** Renames {@code from} to {@code to}, atomically replacing {@code to} if it exists. */
  void rename(String from, String to);

  /**
   * Makes {@code link} a hard link to {@code existing}; false when the server cannot make hard
   * links (the caller then uploads the file instead).
   */
  boolean hardLink(String existing, String link);

  /** Creates symlink {@code link} whose target is the relative path {@code target}. */
  void symlink(String target, String link);

  /** Removes a file, or a folder with everything in it; absent is fine. */
  void remove(String path);

  /**
   * Runs {@code beat} after each round trip of the long calls ({@link #sizes}, {@link #remove}), so
   * a watchdog sees a big but moving operation as alive.
   */
  void heartbeat(Runnable beat);

  /** Drops the connection at once, from any thread, without waiting for the server. */
  void abort();

  @Override
  void close();
}
