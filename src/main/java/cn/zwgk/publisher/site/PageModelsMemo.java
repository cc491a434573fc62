package cn.zwgk.publisher.site;

import cn.zwgk.publisher.metadata.Report;
import java.util.List;
import java.util.function.Supplier;

/**
 * The previous build's {@link PageModels}, handed out again while the validated reports and the
 * settings they were read with are equal: the live preview's rebuild after a body edit then skips
 * making and fingerprinting every listing and report page model (their fingerprints are kept in the
 * models). A builder's first build, and every CLI build, makes them anew. Thread-safe.
 */
public final class PageModelsMemo {
  private List<Report> reports;
  private String settings;
  private PageModels models;

  /**
   * The models of {@code reports} read with {@code settings} (everything besides the reports that
   * page models are made from: jbake.properties, the registry), made by {@code make} when they
   * differ from the previous call's.
   */
  public synchronized PageModels of(
      List<Report> reports, String settings, Supplier<PageModels> make) {
    if (models == null || !settings.equals(this.settings) || !reports.equals(this.reports)) {
      this.models = make.get();
      this.reports = List.copyOf(reports);
      this.settings = settings;
    }
    return models;
  }
}
