package cn.zwgk.publisher.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real OpenSSH {@code sshd} on 127.0.0.1 for integration tests: its own config, host key, client
 * keys, authorized_keys and docroot under a temporary folder, a random free port, {@code sshd -D -e
 * -f CONFIG}. The SFTP subsystem is OpenSSH's sftp-server with {@code -l INFO}, its log kept in a
 * file, so tests assert on what the server received. Logs in as the user running the tests; works
 * without root (as root it creates sshd's privilege-separation folder when missing).
 */
public final class OpenSshServer implements AutoCloseable {
  public static final Path SSHD = Path.of("/usr/sbin/sshd");
  public static final Path SFTP_SERVER = Path.of("/usr/lib/openssh/sftp-server");
  public static final String RSA_PASSPHRASE = "correct horse battery staple";
  private static final Pattern OPENED_FOR_WRITE = Pattern.compile("^open \"(.*)\" flags \\S*WRITE");

  public final Path dir;
  public final Path docroot;
  public final Path knownHosts;
  public final Path ed25519Key;
  public final Path rsaKey;
  public final Path strangerKey;
  public final Path sftpLog;
  public final int port;
  private final Path config;
  private final Path sshdLog;
  private boolean passwords;
  private boolean sftpOnly;
  private Process process;

  private OpenSshServer(Path dir, int port) {
    this.dir = dir;
    this.port = port;
    this.docroot = dir.resolve("docroot");
    this.knownHosts = dir.resolve("known_hosts");
    this.ed25519Key = dir.resolve("id_ed25519");
    this.rsaKey = dir.resolve("id_rsa");
    this.strangerKey = dir.resolve("id_stranger");
    this.sftpLog = dir.resolve("sftp.log");
    this.config = dir.resolve("sshd_config");
    this.sshdLog = dir.resolve("sshd.log");
  }

  /** Creates keys and config under {@code dir} and starts sshd. */
  public static OpenSshServer start(Path dir) throws IOException, InterruptedException {
    return start(dir, false);
  }

  /**
   * As {@link #start(Path)}, for an account that may only use SFTP ({@code ForceCommand
   * internal-sftp}, as hosting providers set up deploy accounts): no shell command runs.
   */
  public static OpenSshServer startSftpOnly(Path dir) throws IOException, InterruptedException {
    OpenSshServer server = new OpenSshServer(dir, freePort());
    server.sftpOnly = true;
    server.prepare();
    server.launch();
    return server;
  }

  /** As {@link #start(Path)}; with {@code passwords} sshd also accepts password logins. */
  public static OpenSshServer start(Path dir, boolean passwords)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(SSHD) || !Files.isExecutable(SFTP_SERVER)) {
      throw new IllegalStateException(
          "OpenSSH server missing: run src/test/sh/install-system-packages.sh (mvn verify does)");
    }
    OpenSshServer server = new OpenSshServer(dir, freePort());
    server.passwords = passwords;
    server.prepare();
    server.launch();
    return server;
  }

  private void prepare() throws IOException, InterruptedException {
    Files.createDirectories(docroot);
    if ("root".equals(System.getProperty("user.name"))) {
      Files.createDirectories(Path.of("/run/sshd"));
    }
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("host_key").toString());
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", ed25519Key.toString());
    run(
        "ssh-keygen",
        "-q",
        "-t",
        "rsa",
        "-b",
        "3072",
        "-N",
        RSA_PASSPHRASE,
        "-f",
        rsaKey.toString());
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", strangerKey.toString());
    Files.writeString(
        dir.resolve("authorized_keys"),
        Files.readString(Path.of(ed25519Key + ".pub"))
            + Files.readString(Path.of(rsaKey + ".pub")));
    String hostKey = Files.readString(dir.resolve("host_key.pub")).trim();
    String[] parts = hostKey.split(" ");
    Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + parts[0] + " " + parts[1] + "\n");
    Path wrapper = dir.resolve("sftp-server.sh");
    Files.writeString(
        wrapper, "#!/bin/sh\nexec " + SFTP_SERVER + " -e -l INFO 2>>'" + sftpLog + "'\n");
    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(
        config,
        String.join(
            "\n",
            "Port " + port,
            "ListenAddress 127.0.0.1",
            "HostKey " + dir.resolve("host_key"),
            "PidFile " + dir.resolve("sshd.pid"),
            "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
            "StrictModes no",
            "UsePAM no",
            "PasswordAuthentication " + (passwords ? "yes" : "no"),
            "KbdInteractiveAuthentication no",
            "PermitRootLogin prohibit-password",
            "LogLevel VERBOSE",
            "Subsystem sftp " + wrapper,
            // sshd starts the subsystem through the account's login shell. Root's start-up files
            // on our machines run pyenv's rehash, which waits up to 60 s on a lock that a killed
            // session can leave behind: every login would then take a minute.
            "SetEnv PYENV_REHASH_TIMEOUT=1",
            sftpOnly ? "ForceCommand internal-sftp" : "",
            ""));
  }

  private void launch() throws IOException, InterruptedException {
    process =
        new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(sshdLog.toFile()))
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("sshd exited: " + Files.readString(sshdLog));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException(
        "sshd did not listen on " + port + ": " + Files.readString(sshdLog));
  }

  /** The sftp:// URL of a deploy folder under the docroot. */
  public String url(String folder) {
    return "sftp://127.0.0.1:" + port + docroot.resolve(folder);
  }

  /** SIGKILL to sshd and every process it started (sessions, sftp-server). */
  public void kill() throws InterruptedException {
    List<ProcessHandle> all = processes();
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle p : all) {
      p.onExit().orTimeout(120, TimeUnit.SECONDS).join();
    }
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Starts sshd again on the same port with the same keys (after {@link #kill}). */
  public void restart() throws IOException, InterruptedException {
    launch();
  }

  /** SIGSTOP to sshd and all its children: the server stops answering, TCP stays open. */
  public void freeze() throws IOException, InterruptedException {
    signal("-STOP");
  }

  /** SIGCONT after {@link #freeze}. */
  public void thaw() throws IOException, InterruptedException {
    signal("-CONT");
  }

  /** Files the SFTP server opened for writing since the log was cleared, relative to docroot. */
  public TreeSet<String> writtenFiles() throws IOException {
    TreeSet<String> out = new TreeSet<>();
    if (!Files.exists(sftpLog)) {
      return out;
    }
    for (String line : Files.readAllLines(sftpLog, StandardCharsets.UTF_8)) {
      Matcher m = OPENED_FOR_WRITE.matcher(line);
      if (m.find()) {
        out.add(docroot.relativize(Path.of(m.group(1))).toString());
      }
    }
    return out;
  }

  public void clearLog() throws IOException {
    Files.deleteIfExists(sftpLog);
  }

  @Override
  public void close() throws Exception {
    if (process != null) {
      signal("-CONT");
      kill();
    }
  }

  private void signal(String signal) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("kill", signal));
    processes().forEach(p -> command.add(Long.toString(p.pid())));
    new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor();
  }

  private List<ProcessHandle> processes() {
    List<ProcessHandle> all = new ArrayList<>();
    if (process != null && process.isAlive()) {
      all.add(process.toHandle());
      process.descendants().forEach(all::add);
    }
    return all;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
