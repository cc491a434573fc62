package cn.zwgk.publisher.preview;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The current {@link BuildStatus}, and who to tell when it changes: open pages long-poll it (see
 * {@link StatusPolls}) so a rebuild reaches them at once instead of at their next poll.
 * Thread-safe; listeners run on the thread that sets the status and must return quickly.
 */
final class StatusBoard {
  private volatile BuildStatus current = BuildStatus.NONE;
  private final List<Consumer<BuildStatus>> listeners = new CopyOnWriteArrayList<>();

  BuildStatus get() {
    return current;
  }

  void set(BuildStatus next) {
    current = Objects.requireNonNull(next, "next");
    listeners.forEach(l -> l.accept(next));
  }

  void onChange(Consumer<BuildStatus> listener) {
    listeners.add(listener);
  }

  /**
   * Whether a page that saw version {@code since} (and no errors) has nothing new to show in {@code
   * status}; {@code since < 0} never waits.
   */
  static boolean unchangedFor(BuildStatus status, long since) {
    return since >= 0 && status.version() == since && status.errors().isEmpty();
  }
}
