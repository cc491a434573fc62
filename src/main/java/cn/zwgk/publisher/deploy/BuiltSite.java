package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.problem.Text;
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
      throw new DeployException(Text.of("deploy.site.missing", dir));
    }
    SiteManifest manifest;
    try {
      manifest = SiteManifest.read(dir);
    } catch (IllegalStateException e) {
      throw new DeployException(Text.of("deploy.site.unfinished", dir, SiteManifest.FILE_NAME), e);
    }
    List<Text> differences = differences(manifest, SiteManifest.scan(dir));
    if (!differences.isEmpty()) {
      Text shown = differences.get(0);
      for (Text d : differences.subList(1, Math.min(SHOWN, differences.size()))) {
        shown = Text.of("deploy.list", shown, d);
      }
      if (differences.size() > SHOWN) {
        shown = Text.of("deploy.site.more", shown, differences.size() - SHOWN);
      }
      throw new DeployException(Text.of("deploy.site.changed", dir, SiteManifest.FILE_NAME, shown));
    }
    for (String path : manifest.entries().keySet()) {
      checkPath(dir, path);
    }
    try {
      String sha = SiteManifest.sha256(dir.resolve(SiteManifest.FILE_NAME));
      return new BuiltSite(dir, manifest, sha.substring(0, 12));
    } catch (IOException e) {
      throw new DeployException(
          Text.of("deploy.cannot_read", dir.resolve(SiteManifest.FILE_NAME), e.getMessage()), e);
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

  private static List<Text> differences(SiteManifest expected, SiteManifest actual) {
    TreeSet<String> paths = new TreeSet<>(expected.entries().keySet());
    paths.addAll(actual.entries().keySet());
    List<Text> out = new ArrayList<>();
    Map<String, SiteManifest.Entry> want = expected.entries();
    Map<String, SiteManifest.Entry> have = actual.entries();
    for (String path : paths) {
      if (!have.containsKey(path)) {
        out.add(Text.of("deploy.site.file_missing", path));
      } else if (!want.containsKey(path)) {
        out.add(Text.of("deploy.site.file_extra", path));
      } else if (!want.get(path).equals(have.get(path))) {
        out.add(Text.of("deploy.site.file_changed", path));
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
      throw new DeployException(Text.of("deploy.site.bad_name", dir, path, PART_SUFFIX));
    }
  }
}
