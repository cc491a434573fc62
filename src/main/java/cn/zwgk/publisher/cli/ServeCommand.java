package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.preview.PreviewSession;
import cn.zwgk.publisher.site.BuildRequest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publisher serve}: live preview on 127.0.0.1 with incremental rebuilds and reload. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Build, serve on 127.0.0.1, rebuild on change and reload open pages.")
final class ServeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin(name = LanguageOption.MIXIN)
  LanguageOption lang = new LanguageOption();

  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description = "Site source folder (default: current folder).")
  Path source = Path.of("");

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Output folder (default: SOURCE/target/preview).")
  Path output;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port on 127.0.0.1 (default: 8820; 0 picks a free one).")
  int port = 8820;

  @Override
  public Integer call() throws InterruptedException {
    Path out = output == null ? source.resolve("target").resolve("preview") : output;
    var console = spec.commandLine().getOut();
    try (PreviewSession session =
        PreviewSession.start(
            new BuildRequest(source, out).withoutCheck(), port, console, lang.messages())) {
      console.println(lang.messages().get("preview.serving", session.port()));
      console.flush();
      session.join();
    }
    return 0;
  }
}
