package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.site.IncrementalOutput;
import java.io.File;
import java.io.FileFilter;
import java.util.Arrays;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset step (assets/ and the non-Markdown files of content/, such as attachments), with
 * the same file selection as JBake's, but copying only files that changed since the previous build;
 * unchanged ones are linked from it.
 */
public final class LinkingAsset extends Asset {
  private final JBakeConfiguration config;
  private final IncrementalOutput output;

  public LinkingAsset(JBakeConfiguration config, IncrementalOutput output) {
    super(config);
    this.config = config;
    this.output = output;
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
  public void copyAssetsFromContent(File path) {
    copy(path, "", FileUtil.getNotContentFileFilter(config));
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
