package cn.zwgk.publisher.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a Hugo site with the same reports and the same pages as ours — a page per report with its
 * metadata block, a page per township and per year (Hugo taxonomies), their indexes, the home page,
 * feed and sitemap — so both tools are timed on equal work.
 *
 * <p>Usage: {@code java -cp target/publisher.jar cn.zwgk.publisher.bench.HugoSiteWriter SOURCE OUT}
 * where SOURCE is a site source of ours (e.g. written by {@link CorpusGenerator}).
 */
public final class HugoSiteWriter {
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: HugoSiteWriter SOURCE OUT");
      System.exit(2);
    }
    write(Path.of(args[0]), Path.of(args[1]));
  }

  static void write(Path source, Path out) throws IOException {
    Files.createDirectories(out.resolve("layouts/_default"));
    Files.writeString(
        out.resolve("hugo.toml"),
        """
        baseURL = "https://www.example.gov.cn/zwgk/"
        languageCode = "zh-CN"
        title = "法治政府建设年度报告公开平台"
        disableKinds = ["RSS"]
        [taxonomies]
          township = "townships"
          year = "years"
        [markup.goldmark.renderer]
          unsafe = false
        """);
    layouts(out.resolve("layouts/_default"));
    Path reports = source.resolve("content/reports");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(reports)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path file : files) {
      convert(file, out.resolve("content/reports").resolve(reports.relativize(file).toString()));
    }
  }

  private static void convert(Path from, Path to) throws IOException {
    String text = Files.readString(from, StandardCharsets.UTF_8);
    int sep = text.indexOf("\n~~~~~~\n");
    List<String> front = new ArrayList<>(List.of("---"));
    for (String line : text.substring(0, sep).split("\n")) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = line.substring(0, eq);
      String value = line.substring(eq + 1).replace("\"", "\\\"");
      switch (key) {
        case "township" -> front.add("townships: [\"" + value + "\"]");
        case "year" -> front.add("years: [\"" + value + "\"]");
        case "type", "status" -> {}
        default -> front.add(key + ": \"" + value + "\"");
      }
    }
    front.add("---");
    Files.createDirectories(to.getParent());
    Files.writeString(
        to, String.join("\n", front) + "\n" + text.substring(sep + 8), StandardCharsets.UTF_8);
  }

  private static void layouts(Path dir) throws IOException {
    String head =
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>";
    Files.writeString(
        dir.resolve("single.html"),
        head
            + """
        <table><tr><th>索引号</th><td>{{ .Params.index_number }}</td><th>分类</th><td>{{ .Params.category }}</td></tr>
        <tr><th>发布机构</th><td>{{ .Params.issuer }}</td><th>成文日期</th><td>{{ .Params.written }}</td></tr>
        <tr><th>名称</th><td>{{ .Title }}</td></tr><tr><th>文号</th><td>{{ .Params.doc_number }}</td><th>发布日期</th><td>{{ .Params.date }}</td></tr></table>
        <h1>{{ .Title }}</h1>{{ .Content }}
        {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
        </body></html>
        """);
    Files.writeString(
        dir.resolve("list.html"),
        head
            + """
        <h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.date }}</li>{{ end }}</ul></body></html>
        """);
    Files.writeString(
        dir.resolve("terms.html"),
        head
            + """
        <h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul></body></html>
        """);
    Files.writeString(
        dir.resolve("index.html"),
        head
            + """
        <ul>{{ range first 20 (where .Site.RegularPages "Section" "reports") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
        """);
  }
}
