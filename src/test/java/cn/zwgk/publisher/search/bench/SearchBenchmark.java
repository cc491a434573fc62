package cn.zwgk.publisher.search.bench;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.content.SourceFileParser;
import cn.zwgk.publisher.listing.SiteIndex;
import cn.zwgk.publisher.metadata.Report;
import cn.zwgk.publisher.metadata.ReportLoader;
import cn.zwgk.publisher.render.MarkdownRenderer;
import cn.zwgk.publisher.search.BigramTokenizer;
import cn.zwgk.publisher.search.ReportBodyText;
import cn.zwgk.publisher.search.SearchIndexBuilder;
import cn.zwgk.publisher.search.SearchIndexReader;
import cn.zwgk.publisher.search.SearchQuery;
import cn.zwgk.publisher.search.ShardWriter;
import cn.zwgk.publisher.site.BuildRequest;
import cn.zwgk.publisher.site.OutputSwap;
import cn.zwgk.publisher.site.SiteBuilder;
import cn.zwgk.publisher.testing.HeadlessChromium;
import cn.zwgk.publisher.testing.StaticHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures the search index on synthetic corpora: build time, size, the bytes a query downloads
 * (computed by {@link SearchIndexReader#plan}, which lists the files search.js fetches: the
 * manifest, one shard per query term, one document file per result shown), and, with {@code
 * --browser}, the median query time in headless Chromium on a fully baked site.
 *
 * <p>Usage (see bench/search-bench.sh): {@code SearchBenchmark WORKDIR [--browser] N...}.
 */
public final class SearchBenchmark {
  /** Words of the reports, paired into two-word queries. */
  static final List<String> WORDS =
      List.of(
          "行政执法", "法律明白人", "矛盾纠纷", "依法行政", "普法宣传", "重大行政决策", "法治思想", "政务公开", "营商环境", "执法人员",
          "合法性审查", "法律顾问", "网格员", "枫桥经验", "规范性文件", "主要负责人", "法治宣传", "人民调解", "行政复议", "法治文化");

  private final PrintStream out;

  SearchBenchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    Path work = Path.of(args[0]);
    boolean browser = false;
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--browser")) {
        browser = true;
      } else {
        sizes.add(Integer.parseInt(args[i]));
      }
    }
    SearchBenchmark bench = new SearchBenchmark(System.out);
    for (int n : sizes) {
      bench.run(work.resolve(String.valueOf(n)), n, browser);
    }
  }

  static List<String> queries() {
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < WORDS.size(); i++) {
      queries.add(WORDS.get(i) + " " + WORDS.get((i + 7) % WORDS.size()));
    }
    return queries;
  }

  void run(Path dir, int n, boolean browser) {
    out.printf("%n=== %,d synthetic reports ===%n", n);
    OutputSwap.deleteRecursively(dir);
    Path source = dir.resolve("source");
    long t0 = System.nanoTime();
    copyProject(source);
    new SearchCorpusGenerator().generate(source, n);
    out.printf("generated                %s%n", seconds(System.nanoTime() - t0));

    t0 = System.nanoTime();
    SiteConfig config = SiteConfig.load(source);
    ReportLoader.Result loaded =
        new ReportLoader(source, config, SourceFileParser.DEFAULT_SEPARATOR).load();
    if (loaded.hasErrors()) {
      throw new IllegalStateException("generated corpus is invalid: " + loaded.problems().get(0));
    }
    SiteIndex index =
        SiteIndex.of(loaded.reports(), cn.zwgk.publisher.metadata.ReportKinds.shipped());
    out.printf("validated (not index)    %s%n", seconds(System.nanoTime() - t0));

    Path site = dir.resolve("index-only");
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpu0 = cpuNanos();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    SearchIndexBuilder.Summary s =
        new SearchIndexBuilder(new BigramTokenizer())
            .build(
                index.published(),
                r -> index.townshipOf(r).slug(),
                new ReportBodyText(SourceFileParser.DEFAULT_SEPARATOR, new MarkdownRenderer()),
                site);
    long cpu = cpuNanos() - cpu0;
    Runtime rt = Runtime.getRuntime();
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    out.printf(
        "index build              %s wall, %s CPU (read + Markdown → text + tokenize + write;"
            + " load average before %.1f on %d cores; heap-pool peaks sum %d MB, -Xmx %d MB)%n",
        seconds(s.time().toNanos()),
        seconds(cpu),
        load,
        rt.availableProcessors(),
        peak >> 20,
        rt.maxMemory() >> 20);
    out.printf(
        "index                    %d documents, %,d terms, %,d postings (%.0f distinct terms per"
            + " report), %d shards, %,d files%n",
        s.documents(),
        s.terms(),
        s.postings(),
        (double) s.postings() / s.documents(),
        s.shards(),
        s.files());
    sizes(site);
    plans(site, index.published());
    if (browser) {
      browse(dir, source, n);
    }
  }

  private void sizes(Path site) {
    Path search = site.resolve(ShardWriter.FOLDER);
    long[] terms = folderSize(search.resolve("terms"));
    long[] docs = folderSize(search.resolve("docs"));
    long manifest = size(ShardWriter.manifestPath(site));
    out.printf(
        "total index size         %s (term shards %s, gzip %s; document files %s, gzip %s; manifest %s, gzip %s)%n",
        mb(terms[0] + docs[0] + manifest),
        mb(terms[0]),
        mb(terms[1]),
        mb(docs[0]),
        mb(docs[1]),
        kb(manifest),
        kb(gzip(ShardWriter.manifestPath(site))));
    out.printf(
        "term shard size          mean %s, largest %s%n", kb(terms[0] / terms[3]), kb(terms[2]));
  }

  private void plans(Path site, List<Report> published) {
    SearchIndexReader reader = SearchIndexReader.open(site);
    Report sample = published.get(published.size() / 2);
    List<String> typical = List.of("行政执法 法律明白人", sample.township() + " 普法", sample.indexNumber());
    for (String q : typical) {
      printPlan(reader, q);
    }
    long max = 0;
    String worst = "";
    List<Long> all = new ArrayList<>();
    for (String q : queries()) {
      long bytes = reader.plan(SearchQuery.of(q)).bytes();
      all.add(bytes);
      if (bytes > max) {
        max = bytes;
        worst = q;
      }
    }
    Collections.sort(all);
    out.printf(
        "20 two-word queries      median %s, largest %s (\"%s\")%n",
        kb(all.get(all.size() / 2)), kb(max), worst);
  }

  private void printPlan(SearchIndexReader reader, String q) {
    SearchIndexReader.QueryPlan plan = reader.plan(SearchQuery.of(q));
    long gz = plan.files().stream().mapToLong(SearchBenchmark::gzip).sum();
    out.printf(
        "query %-24s %d terms, %d files, %s downloaded (gzip %s), %,d hits%n",
        "\"" + q + "\"",
        plan.terms().size(),
        plan.files().size(),
        kb(plan.bytes()),
        kb(gz),
        plan.hits());
  }

  private void browse(Path dir, Path source, int n) {
    long t0 = System.nanoTime();
    new SiteBuilder().build(new BuildRequest(source, dir.resolve("site")));
    long pages;
    try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
      pages = files.filter(f -> f.toString().endsWith(".html")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf(
        "full bake (all pages + index) %s, %d HTML pages%n",
        seconds(System.nanoTime() - t0), pages);
    try (StaticHttpServer http = StaticHttpServer.serve(dir.resolve("site"));
        HeadlessChromium chromium = HeadlessChromium.start(1280, 900)) {
      ChromeDriver browser = chromium.driver();
      browser.get(http.url("search.html"));
      WebElement results = browser.findElement(By.id("search-results"));
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(d -> "done".equals(results.getAttribute("data-state")));
      List<Long> times = new ArrayList<>();
      long first = -1;
      for (String q : queries()) {
        int run = Integer.parseInt(results.getAttribute("data-run"));
        WebElement input = browser.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys(q, Keys.ENTER);
        wait.until(
            d ->
                Integer.parseInt(results.getAttribute("data-run")) > run
                    && "done".equals(results.getAttribute("data-state")));
        long ms = Long.parseLong(results.getAttribute("data-elapsed-ms"));
        if (first < 0) {
          first = ms;
        }
        times.add(ms);
      }
      Collections.sort(times);
      out.printf(
          "browser query time       median %d ms, slowest %d ms, first %d ms (%d two-word queries,"
              + " typed into search.html; from Enter to results drawn)%n",
          times.get(times.size() / 2), times.get(times.size() - 1), first, times.size());
    }
  }

  private static void copyProject(Path source) {
    Path project = Path.of("").toAbsolutePath();
    try {
      Files.createDirectories(source);
      Files.copy(project.resolve("jbake.properties"), source.resolve("jbake.properties"));
      for (String folder : List.of("templates", "assets")) {
        try (Stream<Path> files = Files.walk(project.resolve(folder))) {
          for (Path f : files.toList()) {
            Path target = source.resolve(project.relativize(f).toString());
            if (Files.isDirectory(f)) {
              Files.createDirectories(target);
            } else {
              Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {bytes, gzip bytes, largest file, files}. */
  private static long[] folderSize(Path folder) {
    long[] total = new long[4];
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        long size = size(f);
        total[0] += size;
        total[1] += gzip(f);
        total[2] = Math.max(total[2], size);
        total[3]++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return total;
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long gzip(Path f) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(Files.readAllBytes(f));
      }
      return bytes.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String seconds(long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }

  private static String kb(long bytes) {
    return String.format("%.1f KB", bytes / 1024.0);
  }

  private static String mb(long bytes) {
    return String.format("%.1f MB", bytes / (1024.0 * 1024));
  }
}
