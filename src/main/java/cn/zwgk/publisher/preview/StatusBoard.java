package cn.zwgk.publisher.preview;

/**
 * The current {@link BuildStatus}, and a way to wait for the next one: open pages long-poll it so a
 * rebuild reaches them at once instead of at their next poll. Thread-safe.
 */
final class StatusBoard {
  private BuildStatus current = BuildStatus.NONE;

  synchronized BuildStatus get() {
    return current;
  }

  synchronized void set(BuildStatus next) {
    current = next;
    notifyAll();
  }

  /**
   * Returns as soon as the status differs from what a page that saw version {@code since} (and no
   * errors) shows, or after {@code maxMillis}; {@code since < 0} returns at once.
   */
  synchronized BuildStatus awaitChange(long since, long maxMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + maxMillis;
    while (since >= 0 && current.version() == since && current.errors().isEmpty()) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        break;
      }
      wait(left);
    }
    return current;
  }
}
