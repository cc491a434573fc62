package cn.zwgk.publisher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.cli.PublisherCli;
import cn.zwgk.publisher.manifest.SiteManifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;

/**
 * {@code publisher deploy} end to end against a real OpenSSH sshd: credentials from settings.xml
 * (keys, encrypted passphrases, {@code ${env.X}}), and every way of failing as one line on stderr
 * with exit status 3.
 */
class DeployCliIT {
  private static final String USER = System.getProperty("user.name");
  private static final String MASTER = "master secret 主密码";

  @TempDir static Path shared;
  @TempDir Path tmp;
  private static OpenSshServer server;
  private static Path site;

  @BeforeAll
  static void start() throws Exception {
    server = OpenSshServer.start(shared.resolve("sshd"));
    site = SyntheticSite.write(shared.resolve("site"), 10, 2000);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  record Run(int status, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        PublisherCli.run(
            new PrintWriter(out),
            new PrintWriter(err),
            cn.zwgk.publisher.testing.EnglishCli.args(args));
    return new Run(status, out.toString(), err.toString());
  }

  private Path settings(String serverXml) throws IOException {
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

  private List<String> deploy(String folder, Path settings, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "deploy",
                "--site",
                site.toString(),
                "--url",
                server.url(folder),
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

  private static void assertOneLineError(Run run, String expectedStart) {
    assertEquals(3, run.status(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("error: " + expectedStart), run.err());
  }

  @Test
  void deploysWithAKeyFromSettingsAndListsTheLiveRelease() throws IOException {
    Path settings = settings("<privateKey>" + server.ed25519Key + "</privateKey>");
    Run run = cli(deploy("cli", settings).toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    String id =
        Files.readSymbolicLink(server.docroot.resolve("cli/current")).getFileName().toString();
    assertTrue(run.out().contains("live: release " + id + " on " + server.url("cli")), run.out());
    Run list = cli(deploy("cli", settings, "--list").toArray(String[]::new));
    assertEquals(0, list.status(), list.err());
    assertTrue(list.out().contains("* " + id), list.out());
  }

  @Test
  void decryptsAnEncryptedPassphraseWithTheMasterPasswordOfSettingsSecurity() throws Exception {
    DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    Files.writeString(
        tmp.resolve("settings-security.xml"),
        "<settingsSecurity><master>"
            + cipher.encryptAndDecorate(MASTER, "settings.security")
            + "</master></settingsSecurity>\n");
    String passphrase = cipher.encryptAndDecorate(OpenSshServer.RSA_PASSPHRASE, MASTER);
    Path settings =
        settings(
            "<privateKey>"
                + server.rsaKey
                + "</privateKey><passphrase>"
                + passphrase
                + "</passphrase>");
    Run run = cli(deploy("encrypted", settings).toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.isSymbolicLink(server.docroot.resolve("encrypted/current")));
    assertFalse((run.out() + run.err()).contains(OpenSshServer.RSA_PASSPHRASE));
    assertFalse((run.out() + run.err()).contains(MASTER));
  }

  @Test
  void aWrongPassphraseIsOneLineNamingTheKey() throws IOException {
    Path settings =
        settings("<privateKey>" + server.rsaKey + "</privateKey><passphrase>wrong</passphrase>");
    Run run = cli(deploy("wrong-passphrase", settings).toArray(String[]::new));
    assertOneLineError(
        run,
        "the <passphrase> (server \"county\" in "
            + settings
            + ") does not decrypt private key file "
            + server.rsaKey);
  }

  @Test
  void aKeyTheServerDoesNotKnowIsOneLineSayingWhatToCheck() throws IOException {
    Path settings = settings("<privateKey>" + server.strangerKey + "</privateKey>");
    Run run = cli(deploy("bad-key", settings).toArray(String[]::new));
    assertOneLineError(
        run,
        "authentication failed for "
            + USER
            + " at 127.0.0.1:"
            + server.port
            + " with key "
            + server.strangerKey
            + " (check <username>, <privateKey> or <password> of server \"county\" in "
            + settings);
  }

  @Test
  void anUnknownHostKeyIsRefused() throws IOException {
    Path settings = settings("<privateKey>" + server.ed25519Key + "</privateKey>");
    Path empty = Files.writeString(tmp.resolve("known_hosts"), "");
    List<String> args = deploy("unknown-host", settings);
    args.set(args.indexOf("--known-hosts") + 1, empty.toString());
    Run run = cli(args.toArray(String[]::new));
    assertOneLineError(
        run,
        "host key of 127.0.0.1:" + server.port + " is not in " + empty + ": check the server's");
    assertFalse(Files.exists(server.docroot.resolve("unknown-host")));
    assertEquals("", Files.readString(empty), "known_hosts must never be written");
  }

  @Test
  void aChangedHostKeyIsRefused() throws IOException {
    Path settings = settings("<privateKey>" + server.ed25519Key + "</privateKey>");
    String[] other = Files.readString(Path.of(server.strangerKey + ".pub")).split(" ");
    Path wrong =
        Files.writeString(
            tmp.resolve("known_hosts"),
            "[127.0.0.1]:" + server.port + " " + other[0] + " " + other[1] + "\n");
    List<String> args = deploy("changed-host", settings);
    args.set(args.indexOf("--known-hosts") + 1, wrong.toString());
    Run run = cli(args.toArray(String[]::new));
    assertOneLineError(
        run, "host key of 127.0.0.1:" + server.port + " differs from the one in " + wrong);
  }

  @Test
  void aMissingServerIdIsOneLine() throws IOException {
    Path settings = settings("<privateKey>" + server.ed25519Key + "</privateKey>");
    List<String> args = deploy("no-id", settings);
    args.set(args.indexOf("county"), "township");
    Run run = cli(args.toArray(String[]::new));
    assertOneLineError(run, "no <server> with id \"township\" in " + settings);
  }

  @Test
  void anUnreachableHostIsOneLine() throws IOException {
    Path settings = settings("<privateKey>" + server.ed25519Key + "</privateKey>");
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    List<String> args = deploy("x", settings);
    args.set(args.indexOf("--url") + 1, "sftp://127.0.0.1:" + closed + "/srv/site");
    Run run = cli(args.toArray(String[]::new));
    assertOneLineError(run, "cannot connect to 127.0.0.1:" + closed + ": connection refused");
  }

  @Test
  void aFolderThatIsNotAFinishedBuildIsRefusedBeforeConnecting() throws IOException {
    Path unfinished = Files.createDirectories(tmp.resolve("unfinished"));
    Files.writeString(unfinished.resolve("index.html"), "<p>half a build</p>");
    Path settings = settings("<privateKey>" + server.ed25519Key + "</privateKey>");
    List<String> args = deploy("unfinished", settings);
    args.set(args.indexOf("--site") + 1, unfinished.toString());
    Run run = cli(args.toArray(String[]::new));
    assertOneLineError(
        run,
        unfinished + " is not a finished build of this tool: no valid " + SiteManifest.FILE_NAME);
    assertFalse(Files.exists(server.docroot.resolve("unfinished")));
  }

  @Test
  void theJarReadsTheKeyPathFromAnEnvironmentVariable() throws Exception {
    Path jar = Path.of(System.getProperty("publisher.jar", "target/publisher.jar"));
    assertTrue(Files.isRegularFile(jar), jar + " missing: run mvn package first");
    Path settings = settings("<privateKey>${env.ZWGK_DEPLOY_KEY}</privateKey>");
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
    command.addAll(deploy("jar", settings));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("ZWGK_DEPLOY_KEY", server.ed25519Key.toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), output);
    // The jar run has no --lang: it reports in Chinese, the default.
    assertTrue(output.contains("已上线：sftp://"), output);
    assertTrue(Files.isSymbolicLink(server.docroot.resolve("jar/current")));
  }
}
