package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.manifest.SiteManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a built site of the shape this tool produces (report pages under reports/YEAR/, index
 * pages, assets, a file with a Chinese name) and its {@code .manifest.json}, for deploy tests and
 * the benchmark. Deterministic for a given seed.
 */
public final class SyntheticSite {
  private static final String TEXT = "法治政府建设年度报告主要举措和成效存在的不足和原因下一年度安排镇人民政府依法行政";
  private static final int YEARS = 7;
  private static final int TOWNSHIPS = 50;

  private SyntheticSite() {}

  /** A site with {@code reports} report pages of about {@code reportBytes} bytes each. */
  public static Path write(Path dir, int reports, int reportBytes) throws IOException {
    Random random = new Random(reports);
    for (int n = 0; n < reports; n++) {
      write(dir, reportPath(n), page("报告 " + n, text(random, reportBytes)));
    }
    StringBuilder index = new StringBuilder();
    for (int n = 0; n < Math.min(reports, 100); n++) {
      index
          .append("<li><a href=\"")
          .append(reportPath(n))
          .append("\">报告 ")
          .append(n)
          .append("</a>");
    }
    write(dir, "index.html", page("政府信息公开", index.toString()));
    for (int y = 0; y < YEARS; y++) {
      write(dir, "years/" + (2018 + y) + ".html", page("年度 " + (2018 + y), text(random, 4000)));
    }
    for (int t = 0; t < TOWNSHIPS; t++) {
      write(dir, "townships/t" + t + ".html", page("乡镇 " + t, text(random, 3000)));
    }
    write(dir, "townships/index.html", page("乡镇", text(random, 2000)));
    write(dir, "years/index.html", page("年度", text(random, 1000)));
    write(dir, "feed.xml", "<feed>" + text(random, 8000) + "</feed>\n");
    write(dir, "sitemap.xml", "<urlset>" + text(random, 8000) + "</urlset>\n");
    write(dir, "404.html", page("404", "页面不存在"));
    write(dir, "assets/css/site.css", "body { font-family: serif; }\n");
    write(dir, "assets/js/site.js", "// font size switch\n");
    write(dir, "附件/说明.txt", "中文文件名 " + text(random, 500) + "\n");
    writeManifest(dir);
    return dir;
  }

  /** Rewrites report {@code n} and the home page, as a one-report edit and rebuild would. */
  public static void changeReport(Path dir, int n, String marker) throws IOException {
    write(dir, reportPath(n), page("报告 " + n + " " + marker, "修改后的内容 " + marker));
    write(dir, "index.html", page("政府信息公开 " + marker, "首页 " + marker));
    writeManifest(dir);
  }

  public static String reportPath(int n) {
    return String.format("reports/%d/r%05d.html", 2018 + n % YEARS, n);
  }

  public static void writeManifest(Path dir) {
    SiteManifest.scan(dir).write(dir);
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head>\n<body><h1>"
        + title
        + "</h1>\n<p>"
        + body
        + "</p></body></html>\n";
  }

  private static String text(Random random, int bytes) {
    StringBuilder out = new StringBuilder(bytes / 3 + 1);
    for (int i = 0; i < bytes / 3; i++) {
      out.append(TEXT.charAt(random.nextInt(TEXT.length())));
    }
    return out.toString();
  }

  private static void write(Path dir, String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
