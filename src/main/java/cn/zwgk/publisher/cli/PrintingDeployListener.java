package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.deploy.DeployListener;
import cn.zwgk.publisher.deploy.DeployPlan;
import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Text;
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
  private final Messages messages;
  private final boolean dryRun;
  private int uploads;
  private int uploaded;

  PrintingDeployListener(PrintWriter out, Messages messages, boolean dryRun) {
    this.out = out;
    this.messages = messages;
    this.dryRun = dryRun;
  }

  @Override
  public void planned(String releaseId, DeployPlan plan, List<String> releasesToRemove) {
    uploads = plan.uploads().size();
    if (dryRun) {
      for (SiteManifest.Entry e : plan.uploads()) {
        out.println(messages.get("deploy.out.plan.upload", e.path(), e.size()));
      }
      for (Map.Entry<String, String> r : plan.reuses().entrySet()) {
        out.println(
            r.getKey().equals(r.getValue())
                ? messages.get("deploy.out.plan.reuse", r.getKey())
                : messages.get("deploy.out.plan.reuse.same", r.getKey(), r.getValue()));
      }
      plan.resumed().forEach(p -> out.println(messages.get("deploy.out.plan.resume", p)));
      releasesToRemove.forEach(id -> out.println(messages.get("deploy.out.plan.remove", id)));
    } else {
      out.println(
          messages.get(
              "deploy.out.plan",
              releaseId,
              uploads,
              plan.uploadBytes(),
              plan.reuses().size(),
              plan.resumed().size()));
    }
    out.flush();
  }

  @Override
  public void uploaded(String path) {
    uploaded++;
    if (uploaded % EVERY == 0) {
      out.println(messages.get("deploy.out.uploaded", uploaded, uploads));
      out.flush();
    }
  }

  @Override
  public void step(Text description) {
    out.println(description.render(messages));
    out.flush();
  }
}
