package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.problem.Text;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Publishes built sites to one or several servers (mirrors, origins behind a CDN) and manages their
 * releases: {@link #deploy}, {@link #rollback}, {@link #list}. With several targets a deploy is all
 * or nothing: the release is uploaded to and verified on every server before {@code current} is
 * switched anywhere, and when a switch fails the servers already switched are switched back. Every
 * step opens its own connection, runs on a work thread watched for silence (see {@link Watchdog})
 * and closes the connection. No password or passphrase of the targets' logins appears in any
 * message or cause this class throws. Thread-safe: calls share nothing.
 */
public final class Deployer {
  private final List<DeploySettings> targets;
  private final DeployListener listener;
  private final Clock clock;
  private final List<String> secrets;

  /** A deployer for one server. */
  public Deployer(DeploySettings settings, DeployListener listener) {
    this(List.of(settings), listener);
  }

  /** A deployer for every server in {@code targets}, in that order (at least one). */
  public Deployer(List<DeploySettings> targets, DeployListener listener) {
    this(targets, listener, Clock.systemUTC());
  }

  Deployer(List<DeploySettings> targets, DeployListener listener, Clock clock) {
    this.targets = List.copyOf(targets);
    if (this.targets.isEmpty()) {
      throw new IllegalArgumentException("no deploy target");
    }
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.secrets = this.targets.stream().flatMap(t -> t.secrets().stream()).toList();
  }

  /**
   * Publishes the finished build in {@code siteDir} to every target; with {@code dryRun} only
   * plans. A folder that is not a finished build is refused before connecting. Returns one report
   * per target, in order.
   */
  public List<DeployReport> deploy(Path siteDir, boolean dryRun) {
    return redacted(() -> deployAll(BuiltSite.verify(siteDir), dryRun));
  }

  /**
   * Points {@code current} on every target back to the newest complete release older than its live
   * one; refused everywhere when one target has none, or when the targets would then serve
   * different builds.
   */
  public List<Switch> rollback(boolean dryRun) {
    return redacted(() -> rollbackAll(dryRun));
  }

  /** The releases on every target and which one is live there. */
  public List<ReleaseListing> list() {
    return redacted(
        () -> {
          List<ReleaseListing> out = new ArrayList<>();
          for (DeploySettings t : targets) {
            out.add(
                connected(
                    t,
                    false,
                    files -> {
                      ServerReleases releases = new ServerReleases(files);
                      return new ReleaseListing(files.describe(), releases.list(), releases.live());
                    }));
          }
          return out;
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

  private List<DeployReport> deployAll(BuiltSite site, boolean dryRun) {
    long start = System.nanoTime();
    Instant now = clock.instant();
    List<ReleaseUpload.Prepared> prepared = new ArrayList<>();
    for (DeploySettings t : targets) {
      if (targets.size() > 1) {
        listener.step(Text.of("deploy.step.uploading_to", t.target()));
      }
      AtomicReference<ReleaseUpload> upload = new AtomicReference<>();
      try {
        prepared.add(
            connected(
                t,
                true,
                files -> {
                  ReleaseUpload u = new ReleaseUpload(files, listener, t.keep());
                  upload.set(u);
                  return u.prepare(site, dryRun, now);
                }));
      } catch (DeployException e) {
        Text message = e.text();
        Optional<Text> consequence =
            upload.get() == null ? Optional.empty() : upload.get().consequence();
        if (consequence.isPresent()) {
          message = DeployException.joined(message, consequence.get());
        }
        if (targets.size() > 1) {
          message =
              DeployException.joined(
                  message, Text.of("deploy.consequence.none_switched", targets.size()));
        }
        throw new DeployException(message, e);
      }
    }
    if (!dryRun) {
      List<Move> moves = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        ReleaseUpload.Prepared p = prepared.get(i);
        if (!p.alreadyLive()) {
          moves.add(new Move(targets.get(i), p.previous(), p.releaseId()));
        }
      }
      switchAll(moves);
      prune(prepared);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return prepared.stream()
        .map(
            p ->
                new DeployReport(
                    p.server(),
                    p.releaseId(),
                    p.previous(),
                    p.uploaded(),
                    p.bytesSent(),
                    p.reused(),
                    p.resumed(),
                    p.repaired(),
                    p.prune(),
                    p.alreadyLive(),
                    dryRun,
                    elapsed))
        .toList();
  }

  /** Removes old releases once every target is live on the new one; failures are reported. */
  private void prune(List<ReleaseUpload.Prepared> prepared) {
    List<Text> failures = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      ReleaseUpload.Prepared p = prepared.get(i);
      if (p.prune().isEmpty()) {
        continue;
      }
      try {
        connected(
            targets.get(i),
            false,
            files -> {
              for (String old : p.prune()) {
                listener.step(Text.of("deploy.step.removing_old", old, files.describe()));
                files.remove(ServerReleases.dir(old));
              }
              return null;
            });
      } catch (DeployException e) {
        failures.add(e.text());
      }
    }
    if (!failures.isEmpty()) {
      throw new DeployException(
          DeployException.joined(
              failures.get(0),
              java.util.stream.Stream.concat(
                      failures.stream().skip(1),
                      java.util.stream.Stream.of(
                          Text.of(
                              targets.size() > 1
                                  ? "deploy.prune.failed.all"
                                  : "deploy.prune.failed")))
                  .toArray(Text[]::new)));
    }
  }

  /** Switching one target's {@code current} from {@code back} to {@code to}. */
  private record Move(DeploySettings target, Optional<String> back, String to) {}

  /**
   * Switches every target in order; when one fails, switches the ones already switched (and, if it
   * can, the failed one) back, and says exactly where each stands.
   */
  private void switchAll(List<Move> moves) {
    List<Move> done = new ArrayList<>();
    for (Move m : moves) {
      listener.step(Text.of("deploy.step.switching", m.target().target(), m.to()));
      try {
        connected(
            m.target(),
            false,
            files -> {
              new ServerReleases(files).switchTo(m.to());
              return null;
            });
        done.add(m);
      } catch (DeployException e) {
        List<Text> outcome = new ArrayList<>();
        for (Move undo : done) {
          outcome.add(restore(undo));
        }
        if (moves.size() == 1) {
          throw new DeployException(
              DeployException.joined(
                  e.text(),
                  m.back().isPresent()
                      ? Text.of("deploy.switch.unknown", m.back().get(), m.to())
                      : Text.of("deploy.switch.unknown.first", m.to())),
              e);
        }
        outcome.add(restore(m));
        outcome.add(Text.of("deploy.switch.again"));
        throw new DeployException(
            DeployException.joined(e.text(), outcome.toArray(Text[]::new)), e);
      }
    }
  }

  /**
   * Points {@code current} back where it was unless it still is (a switch that failed may or may
   * not have happened); says where the target stands, for the error message.
   */
  private Text restore(Move m) {
    Text before =
        m.back()
            .map(b -> Text.of("deploy.release", b))
            .orElseGet(() -> Text.of("deploy.release.none"));
    try {
      connected(
          m.target(),
          false,
          files -> {
            ServerReleases releases = new ServerReleases(files);
            if (!releases.live().equals(m.back())) {
              if (m.back().isPresent()) {
                releases.switchTo(m.back().get());
              } else {
                files.remove(ServerReleases.CURRENT);
              }
            }
            return null;
          });
      return Text.of("deploy.restore.done", m.target().target(), before);
    } catch (DeployException e) {
      return Text.of("deploy.restore.failed", m.target().target(), before, e.text());
    }
  }

  private List<Switch> rollbackAll(boolean dryRun) {
    List<Move> moves = new ArrayList<>();
    for (DeploySettings t : targets) {
      moves.add(connected(t, false, Deployer::rollbackMove).withTarget(t));
    }
    if (moves.size() > 1) {
      List<String> builds = moves.stream().map(m -> ReleaseId.buildHash(m.to())).toList();
      if (builds.stream().distinct().count() > 1) {
        List<String> where = moves.stream().map(m -> m.target().target() + " → " + m.to()).toList();
        throw new DeployException(Text.of("deploy.rollback.uneven", String.join(", ", where)));
      }
    }
    if (!dryRun) {
      switchAll(moves);
    }
    return moves.stream()
        .map(m -> new Switch(m.target().target().toString(), m.back(), m.to(), dryRun))
        .toList();
  }

  /** Where one target would roll back to; refuses when there is nothing to roll back. */
  private static PlannedRollback rollbackMove(ServerFiles files) {
    ServerReleases releases = new ServerReleases(files);
    String live =
        releases
            .live()
            .orElseThrow(
                () ->
                    new DeployException(Text.of("deploy.rollback.nothing_live", files.describe())));
    List<Release> older =
        releases.list().stream().filter(r -> r.complete() && r.id().compareTo(live) < 0).toList();
    if (older.isEmpty()) {
      throw new DeployException(Text.of("deploy.rollback.no_older", files.describe(), live));
    }
    return new PlannedRollback(live, older.get(older.size() - 1).id());
  }

  private record PlannedRollback(String live, String to) {
    Move withTarget(DeploySettings target) {
      return new Move(target, Optional.of(live), to);
    }
  }

  private <T> T redacted(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (DeployException e) {
      throw Secrets.scrub(e, secrets);
    }
  }

  private <T> T connected(DeploySettings t, boolean create, Function<ServerFiles, T> work) {
    Watchdog watchdog = new Watchdog(t.timeout(), t.connectTimeout(), t.target().toString());
    AtomicReference<ServerFiles> open = new AtomicReference<>();
    return watchdog.run(
        () -> {
          watchdog.connecting();
          try (ServerFiles files = new WatchedServerFiles(connect(t, create), watchdog)) {
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

  private static ServerFiles connect(DeploySettings t, boolean create) {
    if (!t.target().isSftp()) {
      return new LocalServerFiles(t.target(), create);
    }
    return new SftpConnector(t).connect(create);
  }
}
