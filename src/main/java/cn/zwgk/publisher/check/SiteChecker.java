package cn.zwgk.publisher.check;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.ExplainedException;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Runs every rule over a built site: each HTML page (and the XML feed and sitemap) is parsed once,
 * pages are checked in parallel and the findings sorted, so the result does not depend on
 * scheduling. "Today" comes from the injected clock; nothing else depends on it.
 */
public final class SiteChecker {
  private final Clock clock;
  private final CheckProgress progress;
  private volatile int lastReused;
  private volatile List<String> lastCheckedAgain = List.of();

  /** How far the check is, for a progress display. */
  public interface CheckProgress {
    CheckProgress NONE =
        new CheckProgress() {
          @Override
          public void stage(String name, int total) {}

          @Override
          public void advance() {}
        };

    void stage(String name, int total);

    void advance();
  }

  public SiteChecker(Clock clock) {
    this(clock, CheckProgress.NONE);
  }

  public SiteChecker(Clock clock, CheckProgress progress) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** A fresh instance of every rule, in the order their findings are grouped when counts tie. */
  public static List<Rule> rules() {
    return List.of(
        new LinkRule(),
        new EmptyColumnRule(),
        new UndatedItemRule(),
        new SpamRule(),
        new HiddenLinkRule(),
        new ForeignScriptRule(),
        new UnsafeUrlRule(),
        new PersonalDataRule(),
        new ResidueRule(),
        new PageFurnitureRule(),
        new DateSanityRule(),
        new DeadlineRule(),
        new MissingReportRule(),
        new StaleHomeRule(),
        new MandatedSectionsRule(),
        new ExternalLinkRule(),
        new SiteIdentityRule());
  }

  /**
   * Checks {@code input.site()}; bad {@code check.*} settings throw InvalidContentException. With
   * {@link CheckInput#incremental()}, a page whose findings the previous check recorded is not read
   * again while it and everything its rules read are unchanged (see {@link Rule}); the findings are
   * the same as a check from scratch gives.
   */
  public CheckResult check(CheckInput input) {
    List<Rule> rules = rules();
    CheckSettings settings = CheckSettings.from(input.config(), rules);
    if (!Files.isDirectory(input.site())) {
      throw new ExplainedException(Text.of("check.no_site", input.site()), null);
    }
    List<String> files = files(input.site());
    LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
    CheckContext context = new CheckContext(input, settings, today, new HashSet<>(files));
    Queue<Finding> found = new ConcurrentLinkedQueue<>();
    Map<Rule, Findings> active = new LinkedHashMap<>();
    for (Rule rule : rules) {
      Optional<Severity> severity = settings.severity(rule.id());
      severity.ifPresent(s -> active.put(rule, new Findings(rule.id(), s, found)));
    }
    CheckInput.Incremental inc = input.incremental();
    String runKey = inc == null ? "" : runKey(inc, input, active);
    CheckCache previous =
        inc == null ? CheckCache.empty(runKey) : CheckCache.read(inc.cacheFile(), runKey);
    CheckCache next = CheckCache.empty(runKey);
    boolean reusable = active.keySet().stream().noneMatch(r -> r.reads() == Rule.Reads.SITE);
    List<Rule> pageRules =
        active.keySet().stream().filter(r -> r.reads() != Rule.Reads.MODEL).toList();
    AtomicInteger reused = new AtomicInteger();
    Queue<String> again = new ConcurrentLinkedQueue<>();
    List<String> pages = files.stream().filter(SiteChecker::isPage).toList();
    progress.stage("check", pages.size());
    pages.parallelStream()
        .forEach(
            path -> {
              String key = inc == null ? "" : pageKey(path, inc, context);
              CheckCache.PageEntry old = previous.get(path);
              if (reusable && old != null && old.key().equals(key) && unchanged(old, context)) {
                Optional<Report> report = Optional.ofNullable(context.ownReport(path));
                for (Rule rule : pageRules) {
                  found.addAll(old.findings().getOrDefault(rule.id(), List.of()));
                  rule.recall(
                      path, report, old.remembered().getOrDefault(rule.id(), List.of()), context);
                }
                next.put(path, old);
                reused.incrementAndGet();
              } else {
                again.add(path);
                Page page = parse(input.site(), path, context);
                Map<String, List<Finding>> byRule = new HashMap<>();
                Map<String, List<String>> remembered = new HashMap<>();
                context.startReading();
                for (Rule rule : pageRules) {
                  Findings all = active.get(rule);
                  Queue<Finding> own = new ArrayDeque<>();
                  Findings out = new Findings(all.rule(), all.severity(), own);
                  rule.checkPage(page, context, out);
                  found.addAll(own);
                  if (!own.isEmpty()) {
                    byRule.put(rule.id(), List.copyOf(own));
                  }
                  if (!out.remembered().isEmpty()) {
                    remembered.put(rule.id(), List.copyOf(out.remembered()));
                  }
                }
                Map<String, String> dependencies = context.stopReading();
                if (inc != null) {
                  next.put(
                      path,
                      new CheckCache.PageEntry(
                          key, dependencies, Map.copyOf(byRule), Map.copyOf(remembered)));
                }
              }
              progress.advance();
            });
    active.forEach((rule, out) -> rule.checkSite(context, out));
    if (inc != null) {
      next.write(inc.cacheFile());
    }
    lastReused = reused.get();
    lastCheckedAgain = again.stream().sorted().toList();
    return new CheckResult(new ArrayList<>(found), pages.size(), "pages");
  }

  /** How many pages the last {@link #check} took from the previous check's findings. */
  public int reusedPages() {
    return lastReused;
  }

  /** The pages the last {@link #check} parsed and checked, in path order. */
  public List<String> checkedPages() {
    return lastCheckedAgain;
  }

  /** What every page key of a run shares: the code, the settings, the active rules. */
  private static String runKey(
      CheckInput.Incremental inc, CheckInput input, Map<Rule, Findings> active) {
    StringBuilder s = new StringBuilder("check-1\n").append(inc.code()).append('\n');
    s.append(input.config().text()).append('\n');
    active.forEach(
        (rule, out) ->
            s.append(rule.id())
                .append('=')
                .append(out.severity())
                .append(rule.reads())
                .append('\n'));
    return hex(s.toString());
  }

  /** A page's own inputs: its path, its bytes and the source of the report it shows. */
  private static String pageKey(String path, CheckInput.Incremental inc, CheckContext context) {
    Report own = context.ownReport(path);
    return path
        + '|'
        + inc.fileHashes().getOrDefault(path, "")
        + '|'
        + (own == null ? "-" : own.path() + '=' + inc.sourceHashes().get(own.path()));
  }

  private static boolean unchanged(CheckCache.PageEntry old, CheckContext context) {
    for (Map.Entry<String, String> d : old.dependencies().entrySet()) {
      if (!d.getValue().equals(context.valueOf(d.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static String hex(String text) {
    return HexFormat.of()
        .formatHex(CheckContext.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The build's gate: the check's warnings as problems; when it found errors, throws {@link
   * InvalidContentException} with every finding, so nothing is published.
   */
  public List<Problem> requirePassing(CheckInput input) {
    CheckResult result = check(input);
    List<Problem> problems = result.findings().stream().map(Finding::toProblem).toList();
    if (result.hasErrors()) {
      throw new InvalidContentException(problems.stream().sorted().toList());
    }
    return problems;
  }

  private static boolean isPage(String path) {
    return path.endsWith(".html") || path.endsWith(".htm") || path.endsWith(".xml");
  }

  private static Page parse(Path site, String path, CheckContext context) {
    Path file = site.resolve(path);
    boolean html = !path.endsWith(".xml");
    try (InputStream in = Files.newInputStream(file)) {
      Document doc =
          html ? Jsoup.parse(in, "UTF-8", "") : Jsoup.parse(in, "UTF-8", "", Parser.xmlParser());
      Report report = context.ownReport(path);
      return new Page(path, doc, Optional.ofNullable(report), html);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Every regular file of the site, site-relative with '/' separators, sorted. */
  private static List<String> files(Path site) {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> site.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals(SiteManifest.FILE_NAME))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + site, e);
    }
  }
}
