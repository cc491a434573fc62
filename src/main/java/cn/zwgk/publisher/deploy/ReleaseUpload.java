package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.manifest.SiteManifest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One deploy of a built site into a release folder, then the switch of {@code current}: plan, reuse
 * unchanged files by hard link, upload the rest under temporary names (verified, then renamed),
 * check the whole release, put its manifest, switch, prune. The live release is only ever read.
 * Runs on the deploy's work thread; the phase is readable from other threads.
 */
final class ReleaseUpload {
  /** How far a deploy got; decides what its error message says about the live site. */
  enum Phase {
    CONNECTING,
    PREPARING,
    UPLOADING,
    SWITCHING,
    PRUNING,
    DONE
  }

  private final ServerFiles files;
  private final DeployListener listener;
  private final int keep;
  private volatile Phase phase = Phase.CONNECTING;
  private volatile String live;
  private volatile String release;

  ReleaseUpload(ServerFiles files, DeployListener listener, int keep) {
    this.files = files;
    this.listener = listener;
    this.keep = keep;
  }

  DeployReport run(BuiltSite site, boolean dryRun, Instant now) {
    long start = System.nanoTime();
    phase = Phase.PREPARING;
    ServerReleases releases = new ServerReleases(files);
    Optional<String> previous = releases.live();
    live = previous.orElse(null);
    List<Release> all = releases.list();
    if (previous.isPresent() && ReleaseId.buildHash(previous.get()).equals(site.hash())) {
      phase = Phase.DONE;
      return new DeployReport(
          files.describe(),
          previous.get(),
          previous,
          0,
          0,
          0,
          0,
          List.of(),
          true,
          dryRun,
          since(start));
    }
    String id =
        all.stream()
            .map(Release::id)
            .filter(r -> !r.equals(live) && ReleaseId.buildHash(r).equals(site.hash()))
            .reduce((older, newer) -> newer)
            .orElseGet(
                () ->
                    ReleaseId.next(
                        now,
                        site.hash(),
                        all.isEmpty()
                            ? Optional.empty()
                            : Optional.of(all.get(all.size() - 1).id())));
    release = id;
    String dir = ServerReleases.dir(id);
    DeployPlan plan =
        DeployPlan.of(site.manifest(), previous.flatMap(releases::manifest), files.sizes(dir));
    List<Release> after = new ArrayList<>(all.stream().filter(r -> !r.id().equals(id)).toList());
    after.add(new Release(id, true));
    after.sort(Comparator.comparing(Release::id));
    List<String> prune = ServerReleases.toPrune(after, id, keep);
    listener.planned(id, plan, prune);
    if (dryRun) {
      return new DeployReport(
          files.describe(),
          id,
          previous,
          plan.uploads().size(),
          plan.uploadBytes(),
          plan.reuses().size(),
          plan.resumed().size(),
          prune,
          false,
          true,
          since(start));
    }
    phase = Phase.UPLOADING;
    List<String> dirs = new ArrayList<>(List.of(ServerReleases.RELEASES, dir));
    plan.directories().forEach(d -> dirs.add(dir + "/" + d));
    files.makeDirectories(dirs);
    plan.leftovers().forEach(p -> files.remove(dir + "/" + p));
    List<SiteManifest.Entry> uploads = new ArrayList<>(plan.uploads());
    int reused = 0;
    for (Map.Entry<String, String> reuse : plan.reuses().entrySet()) {
      String from = ServerReleases.dir(live) + "/" + reuse.getValue();
      if (files.hardLink(from, dir + "/" + reuse.getKey())) {
        reused++;
      } else {
        uploads.add(site.manifest().entries().get(reuse.getKey()));
      }
    }
    uploads.sort(Comparator.comparing(SiteManifest.Entry::path));
    long bytes = 0;
    for (SiteManifest.Entry e : uploads) {
      put(site.file(e.path()), dir + "/" + e.path(), e.size(), e.path());
      bytes += e.size();
      listener.uploaded(e.path());
    }
    verify(dir, site.manifest());
    Path manifest = site.dir().resolve(SiteManifest.FILE_NAME);
    put(
        manifest,
        dir + "/" + SiteManifest.FILE_NAME,
        manifest.toFile().length(),
        SiteManifest.FILE_NAME);
    phase = Phase.SWITCHING;
    listener.step("switching current to " + id);
    releases.switchTo(id);
    phase = Phase.PRUNING;
    for (String old : prune) {
      listener.step("removing old release " + old);
      files.remove(ServerReleases.dir(old));
    }
    phase = Phase.DONE;
    return new DeployReport(
        files.describe(),
        id,
        previous,
        uploads.size(),
        bytes,
        reused,
        plan.resumed().size(),
        prune,
        false,
        false,
        since(start));
  }

  /** What an error at this point means for the live site, appended to its message. */
  String consequence() {
    String unchanged =
        live == null
            ? "nothing was published"
            : "the live site is unchanged (current → " + live + ")";
    return switch (phase) {
      case CONNECTING -> "";
      case PREPARING -> "; " + unchanged;
      case UPLOADING -> "; " + unchanged + "; run the same deploy again to resume";
      case SWITCHING ->
          "; current points either still to "
              + (live == null ? "nothing" : live)
              + " or already to "
              + release
              + ": check with deploy --list, then run the same deploy again";
      case PRUNING ->
          "; release "
              + release
              + " is live; removing old releases failed (the next deploy retries)";
      case DONE -> "";
    };
  }

  /** Sends a file under a temporary name, checks its size on the server, then renames it. */
  private void put(Path local, String path, long size, String label) {
    String part = path + BuiltSite.PART_SUFFIX;
    files.upload(local, part, sent -> listener.uploading(label, sent));
    long arrived = files.size(part);
    if (arrived != size) {
      throw new DeployException(
          files.describe() + ": " + path + " arrived with " + arrived + " bytes, expected " + size);
    }
    files.rename(part, path);
  }

  /** Every file of the site is in the release with its size, and nothing else is. */
  private void verify(String dir, SiteManifest manifest) {
    Map<String, Long> onServer = files.sizes(dir);
    for (SiteManifest.Entry e : manifest.entries().values()) {
      Long size = onServer.get(e.path());
      if (size == null || size != e.size()) {
        throw new DeployException(
            files.describe()
                + ": "
                + dir
                + "/"
                + e.path()
                + (size == null ? " is missing" : " has " + size + " bytes, expected " + e.size())
                + " after upload");
      }
    }
    for (String path : onServer.keySet()) {
      if (!manifest.entries().containsKey(path) && !path.equals(SiteManifest.FILE_NAME)) {
        throw new DeployException(
            files.describe() + ": " + dir + "/" + path + " is on the server but not in the site");
      }
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
