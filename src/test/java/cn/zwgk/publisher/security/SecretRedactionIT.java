package cn.zwgk.publisher.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.cli.PublisherCli;
import cn.zwgk.publisher.deploy.Credentials;
import cn.zwgk.publisher.deploy.DeployException;
import cn.zwgk.publisher.deploy.DeployListener;
import cn.zwgk.publisher.deploy.DeploySettings;
import cn.zwgk.publisher.deploy.DeployTarget;
import cn.zwgk.publisher.deploy.Deployer;
import cn.zwgk.publisher.deploy.OpenSshServer;
import cn.zwgk.publisher.deploy.SyntheticSite;
import cn.zwgk.publisher.testing.EnglishCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;

/**
 * Every way a deploy can fail with a secret in play, through the CLI as a maintainer runs it: the
 * password, passphrase or URL password never appears in anything printed (stdout or stderr), nor in
 * any message along the cause chain the API throws (what Maven prints with {@code -e}).
 */
class SecretRedactionIT {
  private static final String SECRET = "Zq7-secret-Pa55@word/x";
  private static final String USER = System.getProperty("user.name");

  @TempDir static Path shared;
  @TempDir Path tmp;
  private static OpenSshServer server;
  private static Path site;

  @BeforeAll
  static void start() throws Exception {
    server = OpenSshServer.start(shared.resolve("sshd"), true);
    site = SyntheticSite.write(shared.resolve("site"), 3, 500);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private record Run(int status, String out, String err) {}

  private static Run cli(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        PublisherCli.run(
            new PrintWriter(out),
            new PrintWriter(err),
            EnglishCli.args(args.toArray(String[]::new)));
    return new Run(status, out.toString(), err.toString());
  }

  private static void assertNoSecret(Run run, String... secrets) {
    assertTrue(run.status() != 0, "expected a failure: " + run.out() + run.err());
    for (String s : secrets) {
      assertFalse(run.out().contains(s), "stdout shows a secret: " + run.out());
      assertFalse(run.err().contains(s), "stderr shows a secret: " + run.err());
    }
  }

  private Path settings(String serverXml) throws Exception {
    Path file = tmp.resolve("settings.xml");
    Files.writeString(
        file,
        "<settings><servers><server><id>county</id><username>"
            + USER
            + "</username>"
            + serverXml
            + "</server></servers></settings>\n");
    return file;
  }

  private List<String> deploy(String url, Path settings, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "deploy",
                "--site",
                site.toString(),
                "--url",
                url,
                "--server-id",
                "county",
                "--settings",
                settings.toString(),
                "--settings-security",
                tmp.resolve("settings-security.xml").toString(),
                "--known-hosts",
                server.knownHosts.toString(),
                "--timeout",
                "180"));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void aPasswordInTheUrlIsNeverRepeated() throws Exception {
    Path settings = settings("<password>x</password>");
    for (String url :
        List.of(
            "sftp://deploy:" + SECRET + "@127.0.0.1:" + server.port + "/srv/site",
            "sftp://deploy:" + SECRET + "@127.0.0.1/",
            "sftp://deploy:" + SECRET.replace("-", " ") + "@host/srv",
            "scp://deploy:" + SECRET + "@host/srv",
            "ftp://deploy:" + SECRET + "@host/srv",
            "deploy:" + SECRET + "@host:/srv/site")) {
      Run run = cli(deploy(url, settings));
      assertNoSecret(run, SECRET, SECRET.replace("-", " "), "secret-Pa55");
      assertTrue(run.err().startsWith("error: deploy URL"), run.err());
    }
  }

  @Test
  void aPasswordInTheConfiguredUrlIsNeverRepeated() throws Exception {
    Path source = tmp.resolve("src");
    Files.createDirectories(source);
    Files.writeString(
        source.resolve("jbake.properties"),
        "deploy.targets=one\ndeploy.target.one.url=sftp://u:" + SECRET + "@host/srv\n");
    Run run = cli(List.of("deploy", "--source", source.toString(), "--site", site.toString()));
    assertNoSecret(run, SECRET, "secret-Pa55");
  }

  @Test
  void aRefusedPasswordLoginDoesNotShowThePassword() throws Exception {
    Run run = cli(deploy(server.url("pw"), settings("<password>" + SECRET + "</password>")));
    assertNoSecret(run, SECRET);
    assertTrue(run.err().contains("authentication failed"), run.err());
  }

  @Test
  void aBrokenSettingsFileDoesNotQuoteThePasswordNearTheError() throws Exception {
    Path file = tmp.resolve("settings.xml");
    Files.writeString(
        file,
        "<settings><servers><server><id>county</id><password>"
            + SECRET
            + "</password><bogus></server></servers></settings>\n");
    Run run = cli(deploy(server.url("broken"), file));
    assertNoSecret(run, SECRET, "secret-Pa55");
    assertTrue(run.err().contains(file.toString()), run.err());
  }

  @Test
  void anUnresolvedExpressionInsideAPasswordIsNotQuoted() throws Exception {
    String literal = "pre${" + SECRET + "}post";
    Run run = cli(deploy(server.url("expr"), settings("<password>" + literal + "</password>")));
    assertNoSecret(run, SECRET, "secret-Pa55");
    assertTrue(run.err().contains("<password>"), run.err());
  }

  @Test
  void aWrongPassphraseOrMasterPasswordIsNotShown() throws Exception {
    Run wrongPassphrase =
        cli(
            deploy(
                server.url("key"),
                settings(
                    "<privateKey>"
                        + server.rsaKey
                        + "</privateKey><passphrase>"
                        + SECRET
                        + "</passphrase>")));
    assertNoSecret(wrongPassphrase, SECRET);
    assertTrue(
        wrongPassphrase.err().contains("does not decrypt private key file " + server.rsaKey),
        wrongPassphrase.err());
    DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    Files.writeString(
        tmp.resolve("settings-security.xml"),
        "<settingsSecurity><master>"
            + cipher.encryptAndDecorate("the right master", "settings.security")
            + "</master></settingsSecurity>\n");
    String encrypted = cipher.encryptAndDecorate(SECRET, "another master");
    Run wrongMaster =
        cli(deploy(server.url("enc"), settings("<password>" + encrypted + "</password>")));
    assertNoSecret(wrongMaster, SECRET, "the right master");
  }

  @Test
  void unreachableOrUntrustedServersDoNotShowThePassword() throws Exception {
    Path settings = settings("<password>" + SECRET + "</password>");
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    assertNoSecret(cli(deploy("sftp://127.0.0.1:" + closed + "/srv/site", settings)), SECRET);
    Path empty = tmp.resolve("known_hosts");
    Files.writeString(empty, "");
    List<String> untrusted =
        deploy(server.url("untrusted"), settings, "--known-hosts", empty.toString());
    assertNoSecret(cli(untrusted), SECRET);
    assertNoSecret(cli(deploy(server.url("rb"), settings, "--rollback")), SECRET);
  }

  @Test
  void theCauseChainTheApiThrowsHoldsNoSecret() {
    Credentials login =
        new Credentials(USER, Optional.empty(), Optional.empty(), Optional.of(SECRET), "test");
    Deployer deployer =
        new Deployer(
            new DeploySettings(
                DeployTarget.parse(server.url("api")),
                Optional.of(login),
                server.knownHosts,
                5,
                Duration.ofSeconds(60)),
            new DeployListener() {});
    DeployException e = assertThrows(DeployException.class, () -> deployer.deploy(site, false));
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(SECRET), String.valueOf(t));
      assertFalse(t.toString().contains(SECRET), t.toString());
    }
    assertEquals(e.getMessage(), e.getMessage().replace(SECRET, ""));
  }
}
