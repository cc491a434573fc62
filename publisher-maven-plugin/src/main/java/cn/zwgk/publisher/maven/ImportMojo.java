package cn.zwgk.publisher.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn publisher:import -Dfiles=报告.docx,page.html}: Word, text and saved portal pages into
 * report files under content/ (drafts until an editor completes them).
 */
@Mojo(name = "import", requiresProject = true)
public final class ImportMojo extends PublisherMojo {
  /** The files to import. */
  @Parameter(property = "files", required = true)
  List<File> files;

  /** Write over existing report files. */
  @Parameter(property = "publisher.force", defaultValue = "false")
  boolean force;

  /** Print what would be written; write nothing. */
  @Parameter(property = "publisher.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  String command() {
    return "import";
  }

  @Override
  List<String> arguments() throws MojoExecutionException {
    if (files == null || files.isEmpty()) {
      throw new MojoExecutionException(messages().get("maven.import_needs_files"));
    }
    List<String> args = new ArrayList<>();
    add(args, "--source", source);
    if (force) {
      args.add("--force");
    }
    if (dryRun) {
      args.add("--dry-run");
    }
    for (File f : files) {
      args.add(f.getPath());
    }
    return args;
  }
}
