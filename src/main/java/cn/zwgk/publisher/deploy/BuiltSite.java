package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.manifest.SiteManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A site folder that is a finished build of this tool: its {@code .manifest.json} (written by the
 * build as its last step, only when check passed) exists and every file matches it. Anything else
 * is refused before a connection is opened.
 *
 * @param dir the site folder
 * @param manifest its manifest
 * @param hash the first 12 hex digits of the manifest file's SHA-256; names the build
 */
public record BuiltSite(Path dir, SiteManifest manifest, String hash) {
  /** Suffix of a file while it is being uploaded; never part of a site. */
  static final String PART_SUFFIX = ".deploy-part";

  private static final int SHOWN = 5;

  public BuiltSite {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(hash, "hash");
  }

  /** Reads and checks {@code dir}; throws {@link DeployException} saying why it is refused. */
  public static BuiltSite verify(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new DeployException(
          "site folder " + dir + " does not exist (run build first, or pass --site)");
    }
    SiteManifest manifest;
    try {
      manifest = SiteManifest.read(dir);
    } catch (IllegalStateException e) {
      throw new DeployException(
          dir
              + " is not a finished build of this tool: no valid "
              + SiteManifest.FILE_NAME
              + " (the build writes it last, only when check passed; run build and fix what it"
              + " reports)",
          e);
    }
    List<String> differences = differences(manifest, SiteManifest.scan(dir));
    if (!differences.isEmpty()) {
      throw new DeployException(
          dir
              + " does not match its "
              + SiteManifest.FILE_NAME
              + ": "
              + String.join(", ", differences.subList(0, Math.min(SHOWN, differences.size())))
              + (differences.size() > SHOWN ? " and " + (differences.size() - SHOWN) + " more" : "")
              + " (the folder changed after the build; run build again)");
    }
    for (String path : manifest.entries().keySet()) {
      checkPath(dir, path);
    }
    try {
      String sha = SiteManifest.sha256(dir.resolve(SiteManifest.FILE_NAME));
      return new BuiltSite(dir, manifest, sha.substring(0, 12));
    } catch (IOException e) {
      throw new DeployException("cannot read " + dir.resolve(SiteManifest.FILE_NAME), e);
    }
  }

  /** The local file of a manifest path. */
  public Path file(String path) {
    return dir.resolve(path);
  }

  /** Total bytes of the site. */
  public long bytes() {
    return manifest.entries().values().stream().mapToLong(SiteManifest.Entry::size).sum();
  }

  private static List<String> differences(SiteManifest expected, SiteManifest actual) {
    TreeSet<String> paths = new TreeSet<>(expected.entries().keySet());
    paths.addAll(actual.entries().keySet());
    List<String> out = new ArrayList<>();
    Map<String, SiteManifest.Entry> want = expected.entries();
    Map<String, SiteManifest.Entry> have = actual.entries();
    for (String path : paths) {
      if (!have.containsKey(path)) {
        out.add(path + " is missing");
      } else if (!want.containsKey(path)) {
        out.add(path + " is not in the manifest");
      } else if (!want.get(path).equals(have.get(path))) {
        out.add(path + " changed");
      }
    }
    return out;
  }

  /** Names the server handles literally: no globbing characters, no control characters. */
  private static void checkPath(Path dir, String path) {
    boolean bad =
        path.startsWith("/")
            || path.endsWith(PART_SUFFIX)
            || ("/" + path + "/").contains("/../")
            || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || "*?\\[]{}".indexOf(c) >= 0);
    if (bad) {
      throw new DeployException(
          dir
              + ": file name \""
              + path
              + "\" cannot be published (no control characters, * ? \\ [ ] { }, .. or the suffix "
              + PART_SUFFIX
              + "); rename it in content/");
    }
  }
}
