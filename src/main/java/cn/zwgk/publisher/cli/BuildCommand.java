package cn.zwgk.publisher.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code publisher build}: validate content/, bake the site, swap it into the output folder. */
@Command(name = "build", description = "Validate content/ and bake the site.")
final class BuildCommand implements Callable<Integer> {
  @Option(names = "--source", description = "Site source folder (default: current folder).")
  Path source = Path.of("");

  @Option(names = "--output", description = "Output folder (default: SOURCE/target/site).")
  Path output;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("build is wired up in the site stage");
  }
}
