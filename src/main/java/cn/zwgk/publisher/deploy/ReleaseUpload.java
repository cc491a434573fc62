package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.problem.Text;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One server's part of a deploy up to, not including, the switch of {@code current}: plan, check
 * the live files to be reused against the live manifest (read back), reuse the intact ones by hard
 * link, upload the rest under temporary names (verified, then renamed), check the whole release,
 * put its manifest. The live release is only ever read. Runs on the deploy's work thread; the phase
 * is readable from other threads.
 */
final class ReleaseUpload {
  /** How far a deploy got; decides what its error message says about the live site. */
  enum Phase {
    CONNECTING,
    PREPARING,
    UPLOADING,
    DONE
  }

  /**
   * A release ready to be switched to on one server (or, when {@code alreadyLive}, the build is
   * live and intact there already).
   *
   * @param server the deploy folder
   * @param releaseId the release to switch to
   * @param previous the live release before
   * @param uploaded files sent
   * @param bytesSent their size
   * @param reused files hard-linked from the live release
   * @param resumed files already there from an interrupted run
   * @param repaired live files that no longer matched their manifest, sent afresh
   * @param prune old releases to remove once every server switched
   * @param alreadyLive true when this build is live and every file of it is intact
   */
  record Prepared(
      String server,
      String releaseId,
      Optional<String> previous,
      int uploaded,
      long bytesSent,
      int reused,
      int resumed,
      int repaired,
      List<String> prune,
      boolean alreadyLive) {
    Prepared {
      prune = List.copyOf(prune);
    }
  }

  private final ServerFiles files;
  private final DeployListener listener;
  private final int keep;
  private volatile Phase phase = Phase.CONNECTING;
  private volatile String live;

  ReleaseUpload(ServerFiles files, DeployListener listener, int keep) {
    this.files = files;
    this.listener = listener;
    this.keep = keep;
  }

  Prepared prepare(BuiltSite site, boolean dryRun, Instant now) {
    phase = Phase.PREPARING;
    ServerReleases releases = new ServerReleases(files);
    Optional<String> previous = releases.live();
    live = previous.orElse(null);
    List<Release> all = releases.list();
    Optional<LiveCheck> check =
        previous
            .flatMap(releases::manifest)
            .map(m -> check(ServerReleases.dir(live), m, site.manifest()));
    Optional<SiteManifest> intact = check.map(LiveCheck::intact);
    Set<String> altered = check.map(LiveCheck::altered).orElse(Set.of());
    boolean sameBuild =
        previous.isPresent() && ReleaseId.buildHash(previous.get()).equals(site.hash());
    if (sameBuild && check.isPresent() && altered.isEmpty() && !check.get().extras()) {
      phase = Phase.DONE;
      return new Prepared(
          files.describe(), previous.get(), previous, 0, 0, 0, 0, 0, List.of(), true);
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
    String dir = ServerReleases.dir(id);
    DeployPlan plan = DeployPlan.of(site.manifest(), intact, files.sizes(dir));
    List<Release> after = new ArrayList<>(all.stream().filter(r -> !r.id().equals(id)).toList());
    after.add(new Release(id, true));
    after.sort(Comparator.comparing(Release::id));
    List<String> prune = ServerReleases.toPrune(after, id, keep);
    listener.planned(id, plan, prune);
    int repaired = (int) plan.uploads().stream().filter(e -> altered.contains(e.path())).count();
    if (dryRun) {
      return new Prepared(
          files.describe(),
          id,
          previous,
          plan.uploads().size(),
          plan.uploadBytes(),
          plan.reuses().size(),
          plan.resumed().size(),
          repaired,
          prune,
          false);
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
    phase = Phase.DONE;
    return new Prepared(
        files.describe(),
        id,
        previous,
        uploads.size(),
        bytes,
        reused,
        plan.resumed().size(),
        repaired,
        prune,
        false);
  }

  /**
   * What the live release really holds, for the files this site could reuse.
   *
   * @param intact the entries of the live manifest still true on the server
   * @param altered live paths whose file no longer matches the live manifest
   * @param extras whether the live release holds files its manifest does not list
   */
  private record LiveCheck(SiteManifest intact, Set<String> altered, boolean extras) {}

  /**
   * Checks the live files this site could reuse: one is reused only when it is a regular file whose
   * size and read-back SHA-256 match the live manifest. Every other candidate is sent afresh, which
   * repairs a live site edited on the server.
   */
  private LiveCheck check(String liveDir, SiteManifest liveManifest, SiteManifest site) {
    Set<String> wanted = new HashSet<>();
    site.entries().values().forEach(e -> wanted.add(e.sha256() + ":" + e.size()));
    Map<String, Long> onServer = files.sizes(liveDir);
    Map<String, String> hashed = files.hashes(liveDir);
    Set<String> altered = new HashSet<>();
    List<SiteManifest.Entry> kept = new ArrayList<>();
    for (SiteManifest.Entry e : liveManifest.entries().values()) {
      if (!wanted.contains(e.sha256() + ":" + e.size())) {
        continue;
      }
      Long size = onServer.get(e.path());
      if (size != null
          && size == e.size()
          && files.sha256(liveDir + "/" + e.path()).equals(e.sha256())) {
        kept.add(e);
      } else {
        altered.add(e.path());
      }
    }
    if (!altered.isEmpty()) {
      listener.step(
          Text.of(
              "deploy.step.altered",
              altered.size(),
              files.describe(),
              String.join(", ", altered.stream().sorted().limit(5).toList())
                  + (altered.size() > 5 ? " …" : "")));
    }
    boolean extras =
        onServer.keySet().stream()
            .anyMatch(
                p -> !liveManifest.entries().containsKey(p) && !p.equals(SiteManifest.FILE_NAME));
    return new LiveCheck(SiteManifest.of(kept), Set.copyOf(altered), extras);
  }

  /** What an error at this point means for the live site, appended to its message. */
  Optional<Text> consequence() {
    Text unchanged =
        live == null
            ? Text.of("deploy.consequence.nothing_published")
            : Text.of("deploy.consequence.unchanged", live);
    return switch (phase) {
      case CONNECTING, DONE -> Optional.empty();
      case PREPARING -> Optional.of(unchanged);
      case UPLOADING ->
          Optional.of(DeployException.joined(unchanged, Text.of("deploy.consequence.resume")));
    };
  }

  /** Sends a file under a temporary name, checks its size on the server, then renames it. */
  private void put(Path local, String path, long size, String label) {
    String part = path + BuiltSite.PART_SUFFIX;
    files.upload(local, part, sent -> listener.uploading(label, sent));
    long arrived = files.size(part);
    if (arrived != size) {
      throw new DeployException(
          Text.of("deploy.upload.size", files.describe(), path, arrived, size));
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
            size == null
                ? Text.of("deploy.upload.missing", files.describe(), dir + "/" + e.path())
                : Text.of(
                    "deploy.upload.wrong_size",
                    files.describe(),
                    dir + "/" + e.path(),
                    size,
                    e.size()));
      }
    }
    for (String path : onServer.keySet()) {
      if (!manifest.entries().containsKey(path) && !path.equals(SiteManifest.FILE_NAME)) {
        throw new DeployException(
            Text.of("deploy.upload.extra", files.describe(), dir + "/" + path));
      }
    }
  }
}
