package cn.zwgk.publisher.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.deploy.LoopbackSftp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county starts a portal the way the README says, with real Maven: {@code archetype:generate}
 * from this build's archetype, then {@code mvn package}, {@code mvn verify} and {@code mvn deploy}
 * in the generated project, all through this build's plugin, against a real OpenSSH server on
 * loopback. The nested Maven runs take this build's artifacts (the plugin, archetype and tool,
 * installed by the invoker plugin) from {@code target/it-repo}, and Maven's own plugins from the
 * user's local repository, offered as a {@code file:} repository before Maven Central: on a machine
 * that has built this project once they reach no network.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalArchetypeIT {
  private static final String VERSION = System.getProperty("portal.version");
  private static final Path IT_REPO = Path.of(System.getProperty("portal.itRepo"));
  private static final Path USER_REPO = Path.of(System.getProperty("portal.userRepo"));
  private static final Path MAVEN_HOME = Path.of(System.getProperty("portal.mavenHome"));
  private static final String ARCHETYPE_PLUGIN =
      "org.apache.maven.plugins:maven-archetype-plugin:3.3.1:generate";
  private static final String JIA_CODE = withCheckDigit("12441602MB2C1234");
  private static final String YI_CODE = "11441602730470987N";

  @TempDir static Path work;
  static Path settings;
  static Path portal;

  @BeforeAll
  static void generatePortal() throws Exception {
    settings = work.resolve("settings.xml");
    writeSettings("");
    Run run =
        maven(
            work,
            ARCHETYPE_PLUGIN,
            "-DinteractiveMode=false",
            "-DarchetypeGroupId=cn.zwgk",
            "-DarchetypeArtifactId=publisher-portal-archetype",
            "-DarchetypeVersion=" + VERSION,
            "-DgroupId=cn.gov.example",
            "-DartifactId=yangli-portal",
            "-Dcity=样例市",
            "-Dcounty=样例县",
            "-Dtownships=甲镇:" + JIA_CODE + ",乙镇:" + YI_CODE,
            "-DsiteHost=https://www.example.gov.cn/zwgk");
    assertEquals(0, run.status, run.output);
    portal = work.resolve("yangli-portal");
  }

  @Test
  @Order(1)
  void generatesAPortalWhoseTopLevelIsOnlyThePortal() throws IOException {
    Set<String> top;
    try (Stream<Path> list = Files.list(portal)) {
      top =
          list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                ".gitignore",
                ".gitlab-ci.yml",
                "Jenkinsfile",
                "README.md",
                "assets",
                "content",
                "jbake.properties",
                "pom.xml",
                "registry",
                "templates")),
        top);
    String pom = read(portal.resolve("pom.xml"));
    assertTrue(pom.contains("<publisher.version>" + VERSION + "</publisher.version>"), pom);
    assertTrue(pom.contains("<version>${publisher.version}</version>"), pom);
    String issuers = read(portal.resolve("registry/issuers.csv"));
    assertTrue(issuers.contains("甲镇,样例县,样例市样例县甲镇人民政府," + JIA_CODE), issuers);
    assertTrue(issuers.contains("乙镇,样例县,样例市样例县乙镇人民政府," + YI_CODE), issuers);
    String config = read(portal.resolve("jbake.properties"));
    assertTrue(config.contains("site.host=https://www.example.gov.cn/zwgk"), config);
    assertTrue(config.contains("site.title=样例市样例县政府信息公开"), config);
    // The theme comes with the plugin: the portal holds no copy of a template or stylesheet.
    try (Stream<Path> walk = Files.walk(portal)) {
      assertEquals(
          List.of(),
          walk.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".ftlh") || n.endsWith(".ftlx") || n.endsWith(".css"))
              .toList());
    }
  }

  @Test
  @Order(2)
  void bakesTheFreshPortalWithTheDefaultTheme() throws Exception {
    Run run = maven(portal, "package");
    assertEquals(0, run.status, run.output);
    assertTrue(Files.isRegularFile(portal.resolve("target/site/index.html")), run.output);
    assertTrue(Files.isRegularFile(portal.resolve("target/site/css/site.css")), run.output);
    assertTrue(run.output.contains("政府信息公开网站已生成"), run.output);
  }

  @Test
  @Order(3)
  void failsTheMavenBuildWithThePathAndLineOfBadContent() throws Exception {
    Path bad = portal.resolve("content/reports/2025/jiazhen-bad.md");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, report("2025-02-30", JIA_CODE + "/2025-00009"));
    try {
      // Editors read Chinese by default; maintainers may ask for English.
      Run run = maven(portal, "package");
      assertNotEquals(0, run.status, run.output);
      assertTrue(
          run.output.contains(
              "content/reports/2025/jiazhen-bad.md:4: 发布日期（date）: “2025-02-30”不是日历上存在的日期"),
          run.output);
      assertTrue(run.output.contains("BUILD FAILURE"), run.output);
      run = maven(portal, "package", "-Dpublisher.lang=en");
      assertNotEquals(0, run.status, run.output);
      assertTrue(
          run.output.contains(
              "content/reports/2025/jiazhen-bad.md:4: date: \"2025-02-30\" is not a calendar date"),
          run.output);
    } finally {
      Files.delete(bad);
    }
  }

  @Test
  @Order(4)
  void checksAndDeploysThroughThePluginToALoopbackSftpServer() throws Exception {
    Path report = portal.resolve("content/reports/2025/jiazhen-2025.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, report("2026-01-05", JIA_CODE + "/2026-00001"));
    try (LoopbackSftp server = LoopbackSftp.start(work.resolve("sshd"))) {
      writeSettings(
          "<servers><server><id>origin</id><username>"
              + System.getProperty("user.name")
              + "</username><privateKey>"
              + server.clientKey()
              + "</privateKey></server></servers>");
      Files.writeString(
          portal.resolve("jbake.properties"),
          read(portal.resolve("jbake.properties"))
                  .replace("deploy.url=", "deploy.url=" + server.url("portal"))
                  .replace("deploy.serverId=", "deploy.serverId=origin")
              + "deploy.knownHosts="
              + server.knownHosts()
              + "\n");
      Run run = maven(portal, "deploy");
      assertEquals(0, run.status, run.output);
      assertTrue(Files.isRegularFile(portal.resolve("target/check.json")), run.output);
      assertTrue(read(portal.resolve("target/check.json")).contains("\"passed\" : true"));
      Path live = server.docroot("portal").resolve("current");
      assertTrue(Files.isRegularFile(live.resolve("reports/2025/jiazhen-2025.html")), run.output);
      assertTrue(read(live.resolve("index.html")).contains("甲镇"), run.output);
      assertTrue(run.output.contains("已上线："), run.output); // deploy speaks Chinese by default
    }
  }

  @Test
  @Order(5)
  void upgradingThePublisherChangesNothingInThePortalButThePom() throws Exception {
    String bumped = VERSION.replace("-SNAPSHOT", "") + ".1-upgrade";
    installPluginAs(bumped);
    Map<String, String> before = sources(portal);
    Path pomFile = portal.resolve("pom.xml");
    String pom = read(pomFile);
    Files.writeString(
        pomFile,
        pom.replace(
            "<publisher.version>" + VERSION + "</publisher.version>",
            "<publisher.version>" + bumped + "</publisher.version>"));
    Run run = maven(portal, "package");
    assertEquals(0, run.status, run.output);
    assertTrue(run.output.contains("publisher-maven-plugin:" + bumped + ":build"), run.output);
    assertTrue(run.output.contains("政府信息公开网站已生成"), run.output);
    Map<String, String> after = sources(portal);
    Set<String> changed = new TreeSet<>();
    for (String file : union(before.keySet(), after.keySet())) {
      if (!java.util.Objects.equals(before.get(file), after.get(file))) {
        changed.add(file);
      }
    }
    assertEquals(Set.of("pom.xml"), changed);
  }

  /**
   * Installs this build's plugin once more under {@code version}, as a release of the publisher
   * would be: the same jar with its descriptor's version changed.
   */
  private static void installPluginAs(String version) throws Exception {
    Path installed = IT_REPO.resolve("cn/zwgk/publisher-maven-plugin").resolve(VERSION);
    Path jar = installed.resolve("publisher-maven-plugin-" + VERSION + ".jar");
    Path copy = work.resolve("publisher-maven-plugin-" + version + ".jar");
    Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(copy)) {
      Path descriptor = zip.getPath("META-INF/maven/plugin.xml");
      String xml = Files.readString(descriptor);
      String own = "<artifactId>publisher-maven-plugin</artifactId>\n  <version>" + VERSION;
      assertTrue(xml.contains(own), xml.substring(0, Math.min(600, xml.length())));
      Files.writeString(
          descriptor,
          xml.replace(own, own.replace(VERSION, version)),
          java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
    }
    Path pom = work.resolve("publisher-maven-plugin-" + version + ".pom");
    String original = read(installed.resolve("publisher-maven-plugin-" + VERSION + ".pom"));
    Files.writeString(
        pom,
        original
            .replace("${project.version}", VERSION)
            .replaceFirst(
                "<version>" + java.util.regex.Pattern.quote(VERSION) + "</version>",
                "<version>" + version + "</version>"));
    Run run =
        maven(
            work,
            "org.apache.maven.plugins:maven-install-plugin:3.1.2:install-file",
            "-Dfile=" + copy,
            "-DpomFile=" + pom);
    assertEquals(0, run.status, run.output);
  }

  /** Every file of the portal outside target/, with its content. */
  private static Map<String, String> sources(Path dir) throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (Files.isRegularFile(p) && !rel.startsWith("target/")) {
          files.put(rel, read(p));
        }
      }
    }
    return files;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static String report(String date, String indexNumber) {
    return String.join(
        "\n",
        "title=甲镇2025年法治政府建设年度报告",
        "type=report",
        "status=published",
        "date=" + date,
        "index_number=" + indexNumber,
        "issuer=样例市样例县甲镇人民政府",
        "township=甲镇",
        "county=样例县",
        "year=2025",
        "~~~~~~",
        "",
        "2025年，甲镇深入推进法治政府建设。",
        "",
        "## 一、主要举措和成效",
        "",
        "依法履行政府职能。",
        "");
  }

  /** settings.xml of the nested runs: this build's repository, Maven's plugins from the user's. */
  private static void writeSettings(String servers) throws IOException {
    Files.writeString(
        settings,
        "<settings><localRepository>"
            + IT_REPO
            + "</localRepository><profiles><profile><id>user-repository</id>"
            + "<repositories>"
            + repository()
            + "</repositories><pluginRepositories>"
            + repository().replace("repository>", "pluginRepository>")
            + "</pluginRepositories></profile></profiles>"
            + "<activeProfiles><activeProfile>user-repository</activeProfile></activeProfiles>"
            + "<pluginGroups><pluginGroup>cn.zwgk</pluginGroup></pluginGroups>"
            + servers
            + "</settings>\n");
  }

  /** The user's local repository as a remote one, asked before Maven Central. */
  private static String repository() {
    return "<repository><id>user-repository</id><url>"
        + USER_REPO.toUri()
        + "</url><snapshots><enabled>false</enabled></snapshots></repository>";
  }

  private static Run maven(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(MAVEN_HOME.resolve("bin/mvn").toString());
    // -nsu: this build's snapshots are in it-repo; no remote is asked for newer ones.
    command.addAll(List.of("-B", "-nsu", "-s", settings.toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(work, "mvn", ".log");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    // Generous: a loaded 2-core CI machine; the limit only stops a hung run.
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("mvn " + String.join(" ", args) + " hung:\n" + read(log));
    }
    return new Run(p.exitValue(), read(log));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** A unified social credit code (GB 32100) with its check digit after these 17 characters. */
  static String withCheckDigit(String first17) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    String base = (first17 + "00000000000000000").substring(0, 17);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += alphabet.indexOf(base.charAt(i)) * weights[i];
    }
    return base + alphabet.charAt((31 - sum % 31) % 31);
  }

  private record Run(int status, String output) {}
}
