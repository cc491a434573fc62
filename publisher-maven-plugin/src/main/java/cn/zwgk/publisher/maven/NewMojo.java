package cn.zwgk.publisher.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn publisher:new -Dtownship=埔前镇 -Dyear=2025}: a new report with the next free 索引号 of its
 * issuer, recorded in registry/issued-numbers.csv.
 */
@Mojo(name = "new", requiresProject = true)
public final class NewMojo extends PublisherMojo {
  /** The township (乡镇/街道) the report is for. */
  @Parameter(property = "township")
  String township;

  /** The year the report covers. */
  @Parameter(property = "year")
  Integer year;

  /** The title (名称); the default names the township and year. */
  @Parameter(property = "title")
  String title;

  /** The county, when a township name is used in more than one. */
  @Parameter(property = "county")
  String county;

  /** Any further options of {@code publisher new}, as one string split at spaces. */
  @Parameter(property = "publisher.args")
  String extra;

  @Override
  String command() {
    return "new";
  }

  @Override
  List<String> arguments() throws MojoExecutionException {
    List<String> args = new ArrayList<>();
    add(args, "--source", source);
    add(args, "--township", township);
    add(args, "--year", year);
    add(args, "--title", title);
    add(args, "--county", county);
    if (extra != null && !extra.isBlank()) {
      args.addAll(List.of(extra.trim().split("\\s+")));
    }
    return args;
  }
}
