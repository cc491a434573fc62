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
import cn.zwgk.publisher.problem.Problem;
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
    try {
      Deployer deployer = new Deployer(resolve(), new PrintingDeployListener(out, dryRun));
      if (mode.list) {
        deployer.list().forEach(listing -> print(out, listing));
      } else if (mode.rollback) {
        for (Deployer.Switch s : deployer.rollback(dryRun)) {
          out.println(
              (s.dryRun() ? "dry run: would switch " : "rolled back ")
                  + s.server()
                  + ": current "
                  + s.from().orElse("-")
                  + " → "
                  + s.to());
        }
      } else {
        deployer
            .deploy(site == null ? source.resolve("target/site") : site, dryRun)
            .forEach(report -> print(out, report));
      }
      return 0;
    } catch (DeployException e) {
      err.println("error: " + e.getMessage());
      return PublisherCli.EXIT_DEPLOY;
    } catch (InvalidContentException e) {
      for (Problem p : e.problems()) {
        err.println(p.format(lang.messages()));
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

  private static void print(PrintWriter out, ReleaseListing listing) {
    out.println("releases in " + listing.server() + " (* = live):");
    for (Release r : listing.releases()) {
      boolean live = listing.live().equals(Optional.of(r.id()));
      out.println(
          (live ? "* " : "  ")
              + r.id()
              + (r.complete()
                  ? ""
                  : "  incomplete (interrupted; deploying that build resumes it)"));
    }
    if (listing.releases().isEmpty()) {
      out.println("  (none)");
    }
  }

  private static void print(PrintWriter out, DeployReport r) {
    if (r.alreadyLive()) {
      out.println(
          "already live on " + r.server() + ": release " + r.releaseId() + "; nothing sent");
      return;
    }
    out.println(
        (r.dryRun() ? "dry run, nothing changed: would make " : "live: ")
            + "release "
            + r.releaseId()
            + " on "
            + r.server()
            + " (was "
            + r.previous().orElse("nothing")
            + "); "
            + r.uploaded()
            + " file(s) "
            + (r.dryRun() ? "to upload" : "uploaded")
            + " ("
            + r.bytesSent()
            + " bytes), "
            + r.reused()
            + " reused on the server, "
            + r.resumed()
            + " already there; "
            + (r.repaired() == 0 ? "" : r.repaired() + " altered on the server, sent afresh; ")
            + r.removed().size()
            + " old release(s) removed"
            + (r.dryRun() ? "" : "; " + r.elapsed().toMillis() + " ms"));
  }
}
