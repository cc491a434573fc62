package cn.zwgk.publisher.site.jbake;

import cn.zwgk.publisher.metadata.LinkedFile;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.paths.ContainedFolder;
import cn.zwgk.publisher.paths.PlainPath;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import cn.zwgk.publisher.site.IncrementalOutput;
import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset step, copying only files that changed since the previous build (unchanged ones are
 * linked from it). {@code assets/} is copied with JBake's own file selection. From {@code
 * content/}, JBake would copy every non-Markdown file, so a draft's signed original or a stray
 * working copy would be published; this copies only the attachments and images of published reports
 * (their paths were validated), each to the same relative path. Nothing is read from outside the
 * folder it belongs to, whatever links say (see {@link ContainedFolder}).
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
    store.progress().stage("assets", 0);
    FileFilter filter =
        file ->
            !file.getName().startsWith(".")
                && (file.isFile() || FileUtil.directoryOnlyIfNotIgnored(file, config));
    File folder = config.getAssetFolder();
    if (!folder.isDirectory()) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    ContainedFolder assets = ContainedFolder.of(folder.toPath(), "assets/");
    copy(folder, "", filter, new Walk(assets, problems, new HashSet<>()));
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
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
    // Checked when validated; checked again as copied, since reading outside is what must never be.
    ContainedFolder content = ContainedFolder.of(contentFolder.toPath(), "content/");
    List<Problem> problems = new ArrayList<>();
    files.forEach(
        (uri, source) ->
            content
                .whyOutside(source)
                .ifPresent(why -> problems.add(Problem.error("content/" + uri, 0, "file", why))));
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    files.forEach((uri, source) -> output.copy(source, uri));
  }

  /** One copy of assets/: where it may read, what went wrong, the real folders being copied. */
  private record Walk(ContainedFolder assets, List<Problem> problems, Set<Path> open) {}

  /**
   * Copies {@code folder} to {@code prefix}. Hidden files are never published. A name that could
   * not be a published path, a link leading out of assets/ and a folder link that loops are errors.
   */
  private void copy(File folder, String prefix, FileFilter filter, Walk walk) {
    Path real;
    try {
      real = folder.toPath().toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
    if (!walk.open().add(real)) {
      walk.problems().add(Problem.error("assets/" + prefix, 0, "symlink", Text.of("assets.loop")));
      return;
    }
    File[] files = folder.listFiles(filter);
    if (files == null) {
      return;
    }
    Arrays.sort(files);
    for (File f : files) {
      String rel = prefix + f.getName();
      var notPlain = PlainPath.whyNot(rel);
      var outside = walk.assets().whyOutside(f.toPath());
      if (notPlain.isPresent()) {
        walk.problems()
            .add(Problem.error("assets/" + rel, 0, "file", Text.of("assets.name", notPlain.get())));
      } else if (outside.isPresent()) {
        walk.problems().add(Problem.error("assets/" + rel, 0, "file", outside.get()));
      } else if (f.isFile()) {
        output.copy(f.toPath(), rel);
      } else if (f.isDirectory()) {
        copy(f, rel + "/", filter, walk);
      }
    }
    walk.open().remove(real);
  }
}
