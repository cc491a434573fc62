package cn.zwgk.publisher.check;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Runs every rule over a built site: each HTML page (and the XML feed and sitemap) is parsed once,
 * pages are checked in parallel and the findings sorted, so the result does not depend on
 * scheduling. "Today" comes from the injected clock; nothing else depends on it.
 */
public final class SiteChecker {
  private final Clock clock;

  public SiteChecker(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
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
        new PersonalDataRule(),
        new ResidueRule(),
        new DateSanityRule(),
        new DeadlineRule(),
        new MissingReportRule(),
        new StaleHomeRule(),
        new MandatedSectionsRule(),
        new ExternalLinkRule(),
        new SiteIdentityRule());
  }

  /** Checks {@code input.site()}; bad {@code check.*} settings throw InvalidContentException. */
  public CheckResult check(CheckInput input) {
    List<Rule> rules = rules();
    CheckSettings settings = CheckSettings.from(input.config(), rules);
    if (!Files.isDirectory(input.site())) {
      throw new IllegalStateException(
          "no built site at " + input.site() + " (run `publisher build` first, or pass --site)");
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
    List<String> pages = files.stream().filter(SiteChecker::isPage).toList();
    pages.parallelStream()
        .forEach(
            path -> {
              Page page = parse(input.site(), path, context);
              context.addAnchors(path, anchors(page.document()));
              active.forEach((rule, out) -> rule.checkPage(page, context, out));
            });
    active.forEach((rule, out) -> rule.checkSite(context, out));
    return new CheckResult(new ArrayList<>(found), pages.size(), "pages");
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
      Report report = context.reportAt(path);
      return new Page(path, doc, Optional.ofNullable(report), html);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Set<String> anchors(Document doc) {
    Set<String> ids = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      ids.add(e.id());
    }
    for (Element e : doc.select("a[name]")) {
      ids.add(e.attr("name"));
    }
    return ids;
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
