package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.metadata.LinkedFile;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.site.IncrementalOutput;
import java.io.File;
import java.io.FileFilter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset step, copying only files that changed since the previous build (unchanged ones are
 * linked from it). {@code assets/} is copied with JBake's own file selection. From {@code
 * content/}, JBake would copy every non-Markdown file, so a draft's signed original or a stray
 * working copy would be published; this copies only the attachments and images of published reports
 * (their paths were validated), each to the same relative path.
 */
public final class LinkingAsset extends Asset {
  private final JBakeConfiguration config;
  private final IncrementalOutput output;
  private final ReportContentStore store;

  public LinkingAsset(
      JBakeConfiguration config, IncrementalOutput output, ReportContentStore store) {
    super(config);
    this.config = config;
    this.output = output;
    this.store = store;
  }

  @Override
  public void copy() {
    FileFilter filter =
        file ->
            (!config.getAssetIgnoreHidden() || !file.isHidden())
                && (file.isFile() || FileUtil.directoryOnlyIfNotIgnored(file, config));
    copy(config.getAssetFolder(), "", filter);
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
    files.forEach((uri, source) -> output.copy(source, uri));
  }

  private void copy(File folder, String prefix, FileFilter filter) {
    File[] files = folder.listFiles(filter);
    if (files == null) {
      return;
    }
    Arrays.sort(files);
    for (File f : files) {
      String rel = prefix + f.getName();
      if (f.isFile()) {
        output.copy(f.toPath(), rel);
      } else if (f.isDirectory()) {
        copy(f, rel + "/", filter);
      }
    }
  }
}
