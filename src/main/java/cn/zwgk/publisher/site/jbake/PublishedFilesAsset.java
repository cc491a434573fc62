package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.metadata.LinkedFile;
import cn.zwgk.publisher.metadata.Report;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset step, made selective for {@code content/}. JBake copies every non-Markdown file
 * under {@code content/} into the site, so a draft's signed original, a stray working copy or a
 * note would be published. This copies only the attachments and images of published reports (their
 * paths were validated), each to the same relative path; {@code assets/} is still copied by JBake.
 */
public final class PublishedFilesAsset extends Asset {
  private final JBakeConfiguration config;
  private final ReportContentStore store;

  public PublishedFilesAsset(JBakeConfiguration config, ReportContentStore store) {
    super(config);
    this.config = config;
    this.store = store;
  }

  @Override
  public void copyAssetsFromContent(File contentFolder) {
    Map<String, Path> files = new TreeMap<>();
    for (Report report : store.pages().index().published()) {
      for (LinkedFile f : report.attachments()) {
        files.put(f.uri(), f.file());
      }
      for (LinkedFile f : report.images()) {
        files.put(f.uri(), f.file());
      }
    }
    Path destination = config.getDestinationFolder().toPath();
    files.forEach((uri, source) -> copy(source, destination.resolve(uri)));
  }

  private static void copy(Path source, Path target) {
    try {
      Files.createDirectories(target.getParent());
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
    }
  }
}
