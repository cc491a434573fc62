package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.deploy.DeployListener;
import cn.zwgk.publisher.deploy.DeployPlan;
import cn.zwgk.publisher.manifest.SiteManifest;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Deploy progress on stdout: in a dry run every file and release concerned, one per line; in a real
 * run the plan's counts, every 500th upload, and each step. Used from the deploy thread only.
 */
final class PrintingDeployListener implements DeployListener {
  private static final int EVERY = 500;

  private final PrintWriter out;
  private final boolean dryRun;
  private int uploads;
  private int uploaded;

  PrintingDeployListener(PrintWriter out, boolean dryRun) {
    this.out = out;
    this.dryRun = dryRun;
  }

  @Override
  public void planned(String releaseId, DeployPlan plan, List<String> releasesToRemove) {
    uploads = plan.uploads().size();
    if (dryRun) {
      for (SiteManifest.Entry e : plan.uploads()) {
        out.println("upload  " + e.path() + " (" + e.size() + " bytes)");
      }
      for (Map.Entry<String, String> r : plan.reuses().entrySet()) {
        out.println(
            "reuse   "
                + r.getKey()
                + (r.getKey().equals(r.getValue())
                    ? ""
                    : " (same content as " + r.getValue() + ")"));
      }
      plan.resumed().forEach(p -> out.println("resume  " + p + " (already uploaded)"));
      releasesToRemove.forEach(id -> out.println("remove  release " + id));
    } else {
      out.println(
          "release "
              + releaseId
              + ": "
              + uploads
              + " file(s) to upload ("
              + plan.uploadBytes()
              + " bytes), "
              + plan.reuses().size()
              + " unchanged to reuse, "
              + plan.resumed().size()
              + " already uploaded");
    }
    out.flush();
  }

  @Override
  public void uploaded(String path) {
    uploaded++;
    if (uploaded % EVERY == 0) {
      out.println("uploaded " + uploaded + "/" + uploads);
      out.flush();
    }
  }

  @Override
  public void step(String description) {
    out.println(description);
    out.flush();
  }
}
