package cn.zwgk.publisher.check;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.metadata.IndexNumberSchemes;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportKinds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every rule may consult: settings, "today", the site's files and links, the reports and their
 * index, their sources, and the anchors of every page. Thread-safe.
 *
 * <p>While a page is being checked, everything a rule asks for beyond the page itself is recorded
 * as that page's dependencies (see {@link Rule}): a name such as {@code file:reports/x.html} and
 * the value it had ({@link #valueOf}); the next check reuses the page's findings only while every
 * value is the same.
 */
public final class CheckContext {
  private final CheckInput input;
  private final CheckSettings settings;
  private final LocalDate today;
  private final SiteLinks links;
  private final Map<String, Report> reportsByPage = new HashMap<>();
  private final SiteIndex index;
  private final IndexNumberSchemes schemes;
  private final SourceLines sources;
  private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();
  private final ThreadLocal<Map<String, String>> reading = new ThreadLocal<>();
  private volatile String modelHash;
  private final Map<String, String> names = new ConcurrentHashMap<>();

  CheckContext(CheckInput input, CheckSettings settings, LocalDate today, Set<String> files) {
    this.input = input;
    this.settings = settings;
    this.today = today;
    this.links = new SiteLinks(input.config().siteHost(), files, path -> read("file:" + path));
    this.sources = new SourceLines(r -> read("source:" + r.path()));
    for (Report r : input.reports()) {
      if (r.isPublished()) {
        reportsByPage.put(r.uri(), r);
      }
    }
    this.index = SiteIndex.of(input.reports(), ReportKinds.of(input.config()));
    this.schemes = IndexNumberSchemes.of(input.config());
  }

  public SiteConfig config() {
    return input.config();
  }

  public CheckSettings settings() {
    return settings;
  }

  /** The date the date rules measure against, in {@link CheckSettings#zone()}. */
  public LocalDate today() {
    read("today");
    return today;
  }

  public SiteLinks links() {
    return links;
  }

  /** The published report whose page is {@code page}, or null when it is no report page. */
  public Report reportAt(String page) {
    read("report:" + page);
    return reportsByPage.get(page);
  }

  /** Every report of the source, drafts included, sorted by path. */
  public List<Report> reports() {
    read("model");
    return input.reports();
  }

  /** The listings of the published reports, as the site shows them. */
  public SiteIndex index() {
    read("model");
    return index;
  }

  /**
   * The site's report kinds. Made from the settings alone, which every page key already holds, so
   * reading them records no dependency (reading {@link #index()} would tie the page to every
   * report).
   */
  public ReportKinds reportKinds() {
    return index.reportKinds();
  }

  /** The site's 索引号 schemes. */
  public IndexNumberSchemes schemes() {
    return schemes;
  }

  public SourceLines sources() {
    return sources;
  }

  /** The {@code id}s (and {@code a name}s) of {@code page}; empty for unknown pages. */
  public Set<String> anchors(String page) {
    read("page:" + page);
    Set<String> known = anchors.get(page);
    if (known != null) {
      return known;
    }
    Set<String> found = readAnchors(page);
    anchors.putIfAbsent(page, found);
    return found;
  }

  /** The report page {@code page} without recording it as a dependency (the page's own). */
  Report ownReport(String page) {
    return reportsByPage.get(page);
  }

  private Set<String> readAnchors(String page) {
    if (links.find(page) == null || !(page.endsWith(".html") || page.endsWith(".htm"))) {
      return Set.of();
    }
    try (InputStream in = Files.newInputStream(input.site().resolve(page))) {
      Document doc = Jsoup.parse(in, "UTF-8", "");
      Set<String> ids = new HashSet<>();
      for (Element e : doc.select("[id]")) {
        ids.add(e.id());
      }
      for (Element e : doc.select("a[name]")) {
        ids.add(e.attr("name"));
      }
      return Set.copyOf(ids);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input.site().resolve(page), e);
    }
  }

  /** Starts recording what the rules read for one page, on this thread. */
  void startReading() {
    reading.set(new HashMap<>());
  }

  /** Stops recording; returns what was read and the value each had. */
  Map<String, String> stopReading() {
    Map<String, String> read = reading.get();
    reading.remove();
    // Kept for every page until the next build: a flat immutable map, its names shared.
    Map<String, String> compact = new HashMap<>();
    if (read != null) {
      read.forEach((name, value) -> compact.put(names.computeIfAbsent(name, n -> n), value));
    }
    return Map.copyOf(compact);
  }

  private void read(String dependency) {
    Map<String, String> m = reading.get();
    if (m != null && !m.containsKey(dependency)) {
      m.put(dependency, valueOf(dependency));
    }
  }

  /**
   * The current value of a dependency recorded by {@link #stopReading}: what a file link resolves
   * to, a page's or a source's hash, the report at a page, the whole model's hash, or today.
   */
  String valueOf(String dependency) {
    CheckInput.Incremental inc = input.incremental();
    int colon = dependency.indexOf(':');
    String kind = colon < 0 ? dependency : dependency.substring(0, colon);
    String arg = colon < 0 ? "" : dependency.substring(colon + 1);
    return switch (kind) {
      case "today" -> today.toString();
      case "file" -> String.valueOf(links.find(arg));
      case "page" -> inc == null ? "" : inc.fileHashes().getOrDefault(arg, "-");
      case "source" -> inc == null ? "" : inc.sourceHashes().getOrDefault(arg, "-");
      case "report" -> {
        Report r = reportsByPage.get(arg);
        yield r == null
            ? "-"
            : r.path() + "=" + (inc == null ? "" : inc.sourceHashes().get(r.path()));
      }
      case "model" -> modelHash();
      default -> "?" + dependency; // unknown (an older cache's): never equal, so re-checked
    };
  }

  /** A hash of every report's path, status and source: changes with any report. */
  private String modelHash() {
    String h = modelHash;
    if (h == null) {
      MessageDigest d = sha256();
      CheckInput.Incremental inc = input.incremental();
      for (Report r : input.reports()) {
        String line =
            r.path()
                + '|'
                + r.isPublished()
                + '|'
                + (inc == null ? "" : inc.sourceHashes().get(r.path()))
                + '\n';
        d.update(line.getBytes(StandardCharsets.UTF_8));
      }
      h = HexFormat.of().formatHex(d.digest());
      modelHash = h;
    }
    return h;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
