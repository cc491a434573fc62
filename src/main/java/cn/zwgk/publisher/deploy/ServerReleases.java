package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The releases on the server: {@code releases/<id>/} folders and the {@code current} symlink that
 * the web server serves. A release is complete once its {@code .manifest.json} is in place (deploy
 * puts it there last, after checking every file). Not thread-safe.
 */
final class ServerReleases {
  static final String RELEASES = "releases";
  static final String CURRENT = "current";

  private final ServerFiles files;

  ServerReleases(ServerFiles files) {
    this.files = files;
  }

  static String dir(String id) {
    return RELEASES + "/" + id;
  }

  /** All release folders, oldest first. */
  List<Release> list() {
    List<Release> out = new ArrayList<>();
    for (String name : files.list(RELEASES)) {
      String id = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
      if (ReleaseId.isRelease(id)) {
        out.add(new Release(id, files.exists(dir(id) + "/" + SiteManifest.FILE_NAME)));
      }
    }
    out.sort(Comparator.comparing(Release::id));
    return out;
  }

  /** The id of the live release, from the {@code current} symlink. */
  Optional<String> live() {
    Optional<String> link = files.readLink(CURRENT);
    if (link.isEmpty()) {
      return Optional.empty();
    }
    String target = link.get();
    String id = target.substring(target.lastIndexOf('/') + 1);
    if (!target.endsWith(dir(id)) || !ReleaseId.isRelease(id)) {
      throw new DeployException(Text.of("deploy.current.foreign", files.describe(), target));
    }
    return Optional.of(id);
  }

  /** The manifest of a complete release; empty when it has none or it cannot be parsed. */
  Optional<SiteManifest> manifest(String id) {
    String path = dir(id) + "/" + SiteManifest.FILE_NAME;
    if (!files.exists(path)) {
      return Optional.empty();
    }
    byte[] bytes = files.read(path);
    try {
      Path tmp = Files.createTempDirectory("deploy-manifest");
      try {
        Files.write(tmp.resolve(SiteManifest.FILE_NAME), bytes);
        return Optional.of(SiteManifest.read(tmp));
      } catch (IllegalStateException malformed) {
        return Optional.empty();
      } finally {
        Files.deleteIfExists(tmp.resolve(SiteManifest.FILE_NAME));
        Files.delete(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hold a downloaded manifest in a temporary file", e);
    }
  }

  /**
   * Points {@code current} at release {@code id} in one atomic step: a new symlink under a
   * temporary name, renamed over {@code current} ({@code posix-rename@openssh.com} over SFTP,
   * {@code rename(2)} locally). The web server sees either the old or the new release, never a
   * missing link.
   */
  void switchTo(String id) {
    String temporary = ".current-" + id + BuiltSite.PART_SUFFIX;
    files.remove(temporary);
    files.symlink(dir(id), temporary);
    files.rename(temporary, CURRENT);
    Optional<String> now = live();
    if (!now.equals(Optional.of(id))) {
      throw new DeployException(
          now.isPresent()
              ? Text.of("deploy.current.not_switched", files.describe(), now.get(), id)
              : Text.of("deploy.current.gone", files.describe(), id));
    }
  }

  /**
   * Releases to remove: complete ones beyond the {@code keep} newest besides the live one, and
   * incomplete ones older than the live one (interrupted deploys of other builds).
   */
  static List<String> toPrune(List<Release> releases, String live, int keep) {
    List<String> out = new ArrayList<>();
    int kept = 0;
    for (int i = releases.size() - 1; i >= 0; i--) {
      Release r = releases.get(i);
      if (r.id().equals(live)) {
        continue;
      }
      if (r.complete() && kept < keep) {
        kept++;
      } else if (r.complete() || r.id().compareTo(live) < 0) {
        out.add(r.id());
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }
}
