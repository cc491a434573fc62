package cn.zwgk.publisher.bench;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures what JBake's habit of building a Flexmark parser and renderer per document costs,
 * against one shared pair, on the bodies of a generated corpus (single thread, after warm-up,
 * median of 5 rounds).
 *
 * <p>Usage: {@code java -cp target/publisher.jar cn.zwgk.publisher.bench.ParserReuseBenchmark
 * SOURCE}
 */
public final class ParserReuseBenchmark {
  public static void main(String[] args) throws IOException {
    List<String> bodies = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of(args[0], "content"))) {
      for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".md"))::iterator) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        bodies.add(text.substring(text.indexOf("~~~~~~\n") + 7));
      }
    }
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    Parser sharedParser = Parser.builder(options).build();
    HtmlRenderer sharedRenderer = HtmlRenderer.builder(options).build();
    for (int warm = 0; warm < 2; warm++) {
      perDocument(bodies, options);
      shared(bodies, sharedParser, sharedRenderer);
    }
    double[] per = new double[5];
    double[] one = new double[5];
    for (int i = 0; i < 5; i++) {
      per[i] = perDocument(bodies, options);
      one[i] = shared(bodies, sharedParser, sharedRenderer);
    }
    Arrays.sort(per);
    Arrays.sort(one);
    System.out.printf(
        "%d bodies: parser per document %.3f ms/doc, shared parser %.3f ms/doc (%.1f %% saved)%n",
        bodies.size(), per[2], one[2], 100 * (per[2] - one[2]) / per[2]);
  }

  private static double perDocument(List<String> bodies, MutableDataSet options) {
    long start = System.nanoTime();
    long sink = 0;
    for (String body : bodies) {
      Parser parser = Parser.builder(options).build();
      HtmlRenderer renderer = HtmlRenderer.builder(options).build();
      sink += renderer.render(parser.parse(body)).length();
    }
    return elapsed(start, bodies.size(), sink);
  }

  private static double shared(List<String> bodies, Parser parser, HtmlRenderer renderer) {
    long start = System.nanoTime();
    long sink = 0;
    for (String body : bodies) {
      sink += renderer.render(parser.parse(body)).length();
    }
    return elapsed(start, bodies.size(), sink);
  }

  private static double elapsed(long start, int n, long sink) {
    if (sink < 0) {
      throw new IllegalStateException();
    }
    return (System.nanoTime() - start) / 1e6 / n;
  }
}
