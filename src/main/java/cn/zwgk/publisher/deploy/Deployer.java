package cn.zwgk.publisher.deploy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Publishes built sites to one server and manages its releases: {@link #deploy}, {@link #rollback},
 * {@link #list}. Every call opens its own connection, runs on a work thread watched for silence
 * (see {@link Watchdog}) and closes the connection. Thread-safe: calls share nothing.
 */
public final class Deployer {
  private final DeploySettings settings;
  private final DeployListener listener;
  private final Clock clock;

  public Deployer(DeploySettings settings, DeployListener listener) {
    this(settings, listener, Clock.systemUTC());
  }

  Deployer(DeploySettings settings, DeployListener listener, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Publishes the finished build in {@code siteDir}; with {@code dryRun} only plans. A folder that
   * is not a finished build is refused before connecting.
   */
  public DeployReport deploy(Path siteDir, boolean dryRun) {
    BuiltSite site = BuiltSite.verify(siteDir);
    AtomicReference<ReleaseUpload> upload = new AtomicReference<>();
    try {
      return connected(
          files -> {
            ReleaseUpload u = new ReleaseUpload(files, listener, settings.keep());
            upload.set(u);
            return u.run(site, dryRun, clock.instant());
          });
    } catch (DeployException e) {
      String consequence = upload.get() == null ? "" : upload.get().consequence();
      throw new DeployException(e.getMessage() + consequence, e);
    }
  }

  /** Points {@code current} back to the newest complete release older than the live one. */
  public Switch rollback(boolean dryRun) {
    return connected(
        files -> {
          ServerReleases releases = new ServerReleases(files);
          String live =
              releases
                  .live()
                  .orElseThrow(
                      () ->
                          new DeployException(
                              files.describe() + ": no release is live, nothing to roll back"));
          List<Release> older =
              releases.list().stream()
                  .filter(r -> r.complete() && r.id().compareTo(live) < 0)
                  .toList();
          if (older.isEmpty()) {
            throw new DeployException(
                files.describe()
                    + ": no complete release older than the live "
                    + live
                    + " to roll back to (see deploy --list)");
          }
          String target = older.get(older.size() - 1).id();
          if (!dryRun) {
            releases.switchTo(target);
          }
          return new Switch(files.describe(), Optional.of(live), target, dryRun);
        });
  }

  /** The releases on the server and which one is live. */
  public ReleaseListing list() {
    return connected(
        files -> {
          ServerReleases releases = new ServerReleases(files);
          Optional<String> live = releases.live();
          return new ReleaseListing(files.describe(), releases.list(), live);
        });
  }

  /**
   * A change of the live release.
   *
   * @param server the deploy folder
   * @param from the release live before
   * @param to the release live after (or that would be, in a dry run)
   * @param dryRun true when nothing was changed
   */
  public record Switch(String server, Optional<String> from, String to, boolean dryRun) {}

  private <T> T connected(Function<ServerFiles, T> work) {
    Watchdog watchdog = new Watchdog(settings.timeout(), settings.target().toString());
    AtomicReference<ServerFiles> open = new AtomicReference<>();
    return watchdog.run(
        () -> {
          watchdog.step("connecting");
          try (ServerFiles files = new WatchedServerFiles(connect(), watchdog)) {
            open.set(files);
            return work.apply(files);
          }
        },
        () -> {
          ServerFiles files = open.get();
          if (files != null) {
            files.abort();
          }
        });
  }

  private ServerFiles connect() {
    DeployTarget target = settings.target();
    if (!target.isSftp()) {
      return new LocalServerFiles(target);
    }
    return new SftpConnector(
            target, settings.credentials().orElseThrow(), settings.knownHosts(), settings.timeout())
        .connect();
  }
}
