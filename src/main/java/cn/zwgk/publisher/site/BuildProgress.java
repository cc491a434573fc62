package cn.zwgk.publisher.site;

/**
 * Receives a build's progress: a stage starts with the number of items it will handle, then
 * advances. Implementations must be thread-safe (pages render in parallel). {@link #NONE} ignores
 * everything: tests, CI logs and the preview use it.
 */
public interface BuildProgress {
  BuildProgress NONE =
      new BuildProgress() {
        @Override
        public void stage(String name, long total) {}

        @Override
        public void advance() {}

        @Override
        public void finish() {}
      };

  /** A new stage, e.g. "validate" over 10,000 files. */
  void stage(String name, long total);

  /** One more item of the current stage is done. */
  void advance();

  /** The build is over; clear whatever was shown. */
  void finish();
}
