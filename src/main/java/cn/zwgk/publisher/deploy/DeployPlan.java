package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.manifest.SiteManifest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a deploy does with each file of the site, decided from three manifests without touching
 * anything: files already in the release being resumed stay, files whose content the live release
 * already has are hard-linked from it on the server, the rest are sent. Immutable.
 *
 * @param uploads files to send, sorted by path
 * @param reuses new path → path in the live release with the same SHA-256 and size
 * @param resumed files already present, complete, in the release being resumed
 * @param leftovers files in the release being resumed that are not part of the site (interrupted
 *     temporary uploads), to remove before uploading
 * @param directories every folder of the site, parents before children
 */
public record DeployPlan(
    List<SiteManifest.Entry> uploads,
    Map<String, String> reuses,
    List<String> resumed,
    List<String> leftovers,
    List<String> directories) {
  public DeployPlan {
    uploads = List.copyOf(uploads);
    reuses = java.util.Collections.unmodifiableMap(new TreeMap<>(reuses));
    resumed = List.copyOf(resumed);
    leftovers = List.copyOf(leftovers);
    directories = List.copyOf(directories);
  }

  /**
   * Plans a deploy of {@code site}.
   *
   * @param live the manifest of the live release, if there is one
   * @param present sizes of the files already in the release being resumed (empty for a new one);
   *     they only get their final names after their size was verified, so a right size means done
   */
  public static DeployPlan of(
      SiteManifest site, Optional<SiteManifest> live, Map<String, Long> present) {
    Map<String, String> liveByContent = new HashMap<>();
    live.ifPresent(
        m -> m.entries().values().forEach(e -> liveByContent.putIfAbsent(key(e), e.path())));
    List<SiteManifest.Entry> uploads = new ArrayList<>();
    Map<String, String> reuses = new TreeMap<>();
    List<String> resumed = new ArrayList<>();
    for (SiteManifest.Entry e : site.entries().values()) {
      Long size = present.get(e.path());
      Optional<SiteManifest.Entry> sameInLive =
          live.map(m -> m.entries().get(e.path())).filter(l -> key(l).equals(key(e)));
      if (size != null && size == e.size()) {
        resumed.add(e.path());
      } else if (sameInLive.isPresent()) {
        reuses.put(e.path(), e.path());
      } else if (liveByContent.containsKey(key(e))) {
        reuses.put(e.path(), liveByContent.get(key(e)));
      } else {
        uploads.add(e);
      }
    }
    List<String> leftovers = new ArrayList<>();
    for (Map.Entry<String, Long> p : present.entrySet()) {
      SiteManifest.Entry wanted = site.entries().get(p.getKey());
      boolean keep = wanted != null && wanted.size() == p.getValue();
      if (!keep && !p.getKey().equals(SiteManifest.FILE_NAME)) {
        leftovers.add(p.getKey());
      }
    }
    return new DeployPlan(uploads, reuses, resumed, leftovers, directories(site));
  }

  /** Bytes that will cross the network. */
  public long uploadBytes() {
    return uploads.stream().mapToLong(SiteManifest.Entry::size).sum();
  }

  private static String key(SiteManifest.Entry e) {
    return e.sha256() + ":" + e.size();
  }

  private static List<String> directories(SiteManifest site) {
    TreeSet<String> dirs = new TreeSet<>();
    for (String path : site.entries().keySet()) {
      for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
        dirs.add(path.substring(0, i));
      }
    }
    // "a" sorts before "a/b" and "a-b" never needs "a/b": sorted order puts parents first.
    return List.copyOf(dirs);
  }
}
