package cn.zwgk.publisher.cli;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.deploy.CredentialsSource;
import cn.zwgk.publisher.deploy.DeployException;
import cn.zwgk.publisher.deploy.DeployReport;
import cn.zwgk.publisher.deploy.DeploySettings;
import cn.zwgk.publisher.deploy.Deployer;
import cn.zwgk.publisher.deploy.Release;
import cn.zwgk.publisher.deploy.ReleaseListing;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Messages;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code publisher deploy}: publish a finished build to the web server, or roll back, or list the
 * releases there. Every failure is one line on stderr and exit status 3.
 */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
      "Publish a finished build to the web server: upload into a new release folder, verify it,"
          + " then switch PATH/current to it atomically. Only changed files are sent.",
      "Target and credentials: deploy.url and deploy.serverId in jbake.properties, the <server>"
          + " with that id in Maven's settings.xml. See docs/deploy.md."
    })
final class DeployCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin(name = LanguageOption.MIXIN)
  LanguageOption lang = new LanguageOption();

  @Spec CommandSpec spec;

  /** Logins given by the caller (the Maven plugin); empty: read --settings like Maven does. */
  private final Optional<CredentialsSource> logins;

  DeployCommand() {
    this(Optional.empty());
  }

  DeployCommand(Optional<CredentialsSource> logins) {
    this.logins = logins;
  }

  @Option(names = "--source", description = "Folder with jbake.properties (default: current).")
  Path source = Path.of("");

  @Option(names = "--site", description = "Built site to publish (default: SOURCE/target/site).")
  Path site;

  @Option(
      names = "--url",
      description =
          "sftp://host:port/path or file:///path (deploy.url); repeat it to deploy to every mirror"
              + " at once (deploy.targets).")
  List<String> urls = new ArrayList<>();

  @Option(
      names = "--server-id",
      description =
          "settings.xml <server> id (deploy.serverId); one for all --url, or one per --url in the"
              + " same order.")
  List<String> serverIds = new ArrayList<>();

  @Option(names = "--settings", description = "Maven settings.xml (default: ~/.m2/settings.xml).")
  Path settings;

  @Option(
      names = "--settings-security",
      description = "settings-security.xml with the master password (default: Maven's).")
  Path settingsSecurity;

  @Option(names = "--known-hosts", description = "known_hosts (deploy.knownHosts, ~/.ssh/...).")
  Path knownHosts;

  @Option(names = "--keep", description = "Old releases to keep (deploy.keep, default 5).")
  Integer keep;

  @Option(
      names = "--timeout",
      description = "Seconds the server may stay silent (deploy.timeoutSeconds, default 30).")
  Integer timeoutSeconds;

  @Option(names = "--dry-run", description = "Print what would be done; change nothing.")
  boolean dryRun;

  @ArgGroup Mode mode = new Mode();

  static final class Mode {
    @Option(names = "--rollback", description = "Make the previous release live again.")
    boolean rollback;

    @Option(names = "--list", description = "List the releases on the server and the live one.")
    boolean list;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Messages m = lang.messages();
    try {
      Deployer deployer = new Deployer(resolve(), new PrintingDeployListener(out, m, dryRun));
      if (mode.list) {
        deployer.list().forEach(listing -> print(out, m, listing));
      } else if (mode.rollback) {
        for (Deployer.Switch s : deployer.rollback(dryRun)) {
          out.println(
              m.get(
                  s.dryRun() ? "deploy.out.rollback.dry_run" : "deploy.out.rollback",
                  s.server(),
                  s.from().orElse("-"),
                  s.to()));
        }
      } else {
        deployer
            .deploy(site == null ? source.resolve("target/site") : site, dryRun)
            .forEach(report -> print(out, m, report));
      }
      return 0;
    } catch (DeployException e) {
      err.println(m.get("severity.error") + ": " + e.text().render(m));
      return PublisherCli.EXIT_DEPLOY;
    } catch (InvalidContentException e) {
      for (Problem p : e.problems()) {
        err.println(p.format(m));
      }
      return PublisherCli.EXIT_DEPLOY;
    }
  }

  private List<DeploySettings> resolve() {
    SiteConfig config =
        Files.isRegularFile(source.resolve(SiteConfig.FILE_NAME))
            ? SiteConfig.load(source)
            : SiteConfig.parse("");
    DeploySettings.Overrides overrides =
        new DeploySettings.Overrides(
            urls,
            serverIds,
            Optional.ofNullable(settings),
            Optional.ofNullable(settingsSecurity),
            Optional.ofNullable(knownHosts),
            Optional.ofNullable(keep),
            Optional.ofNullable(timeoutSeconds));
    return logins.isPresent()
        ? DeploySettings.resolveAll(config, overrides, logins.get())
        : DeploySettings.resolveAll(config, overrides, System.getenv());
  }

  private static void print(PrintWriter out, Messages m, ReleaseListing listing) {
    out.println(m.get("deploy.out.list", listing.server()));
    for (Release r : listing.releases()) {
      boolean live = listing.live().equals(Optional.of(r.id()));
      out.println(
          (live ? "* " : "  ")
              + r.id()
              + (r.complete() ? "" : "  " + m.get("deploy.out.list.incomplete")));
    }
    if (listing.releases().isEmpty()) {
      out.println(m.get("deploy.out.list.none"));
    }
  }

  private static void print(PrintWriter out, Messages m, DeployReport r) {
    if (r.alreadyLive()) {
      out.println(m.get("deploy.out.already_live", r.server(), r.releaseId()));
      return;
    }
    Object was = r.previous().<Object>map(p -> p).orElse(Text.of("deploy.out.nothing"));
    Text repaired =
        r.repaired() == 0 ? Text.literal("") : Text.of("deploy.out.done.repaired", r.repaired());
    // A dry run's line has no time: its text leaves the last argument out.
    out.println(
        m.get(
            r.dryRun() ? "deploy.out.done.dry_run" : "deploy.out.done",
            r.releaseId(),
            r.server(),
            was,
            r.uploaded(),
            r.bytesSent(),
            r.reused(),
            r.resumed(),
            repaired,
            r.removed().size(),
            r.elapsed().toMillis()));
  }
}
