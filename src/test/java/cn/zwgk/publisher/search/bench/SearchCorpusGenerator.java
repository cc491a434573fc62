package cn.zwgk.publisher.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes N synthetic, valid reports for the search benchmark: ~200 townships in 30 counties, 7
 * report years, ~11 KB of Markdown each with the official heading levels and a valid 索引号 (GB 32100
 * check digit) and 文号. Unlike a phrase-bank corpus, bodies are sampled from the sentences of the
 * real reports in the search fixture site, with village names and figures varied per report, so a
 * report has about as many distinct bigrams as a real one (≈1,600 per 11 KB; measured on the
 * seeds); the number of postings, which sets the index size, is then realistic. The vocabulary of
 * the whole corpus is smaller than a real one's (one pool of sentences), which makes shards hold
 * fewer rare terms than they would in reality. Same N, same files.
 */
public final class SearchCorpusGenerator {
  static final int TOWNSHIPS = 200;
  static final int COUNTIES = 30;
  static final int FIRST_YEAR = 2018;
  static final int YEARS = 7;
  static final int BODY_BYTES = 11_000;

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final String NAME_CHARS =
      "东南西北中安平和兴隆福寿永宁丰泰昌盛新河山水石桥林坪溪湖江口头塘龙凤云马白青黄红金玉华光明德"
          + "前埔均坑沙田岭洋岗圩铺岩湾源竹梅桂松柏柳杨陈李黄吴周罗高郭梁谢曾程蔡彭潘袁邓许傅沈";
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
  private static final String[] SECTIONS = {
    "主要举措和成效", "存在的不足和原因", "党政主要负责人履行推进法治建设第一责任人职责情况", "下一年度主要安排", "其他需要报告的情况"
  };

  /** A township with its county and issuer code. */
  public record Township(String county, String name, String code) {}

  private final List<String> sentences;
  private final List<Township> townships;

  public SearchCorpusGenerator() {
    this.sentences = sentencePool();
    this.townships = makeTownships();
  }

  public List<Township> townships() {
    return townships;
  }

  private static List<Township> makeTownships() {
    Random random = new Random(42);
    List<String> counties = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    while (counties.size() < COUNTIES) {
      String c = name(random, 2) + (counties.size() % 3 == 0 ? "区" : "县");
      if (used.add(c)) {
        counties.add(c);
      }
    }
    List<Township> result = new ArrayList<>();
    while (result.size() < TOWNSHIPS) {
      int t = result.size();
      String name = name(random, 2) + (t % 5 == 0 ? "乡" : t % 7 == 0 ? "街道" : "镇");
      if (used.add(name)) {
        result.add(new Township(counties.get(t % COUNTIES), name, uscc(random)));
      }
    }
    return List.copyOf(result);
  }

  /** Writes {@code n} reports under {@code source}/content/reports. */
  public void generate(Path source, int n) {
    int[] serials = new int[TOWNSHIPS * (YEARS + 2)];
    for (int i = 0; i < n; i++) {
      int t = i % TOWNSHIPS;
      int round = i / TOWNSHIPS;
      int year = FIRST_YEAR + round % YEARS;
      int edition = round / YEARS;
      LocalDate date = LocalDate.of(year + 1, 1 + (i % 5), 1 + (i % 28));
      int serial = ++serials[t * (YEARS + 2) + (date.getYear() - FIRST_YEAR)];
      Township township = townships.get(t);
      String name = "t" + t + "-" + year + (edition == 0 ? "" : "-" + edition);
      Path file = source.resolve("content/reports/" + year + "/" + name + ".md");
      String text = header(township, year, edition, date, serial) + body(township, year, i);
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
    }
  }

  private static String header(Township t, int year, int edition, LocalDate date, int serial) {
    return "title="
        + t.name()
        + year
        + "年法治政府建设年度报告"
        + (edition == 0 ? "" : "（第" + (edition + 1) + "份）")
        + "\ntype=report\nstatus=published\ndate="
        + date
        + "\nwritten="
        + date.minusDays(3)
        + "\nindex_number="
        + t.code()
        + "/"
        + date.getYear()
        + "-"
        + String.format("%05d", serial)
        + "\ncategory=工作报告\nissuer="
        + t.county()
        + t.name()
        + "人民政府\ntownship="
        + t.name()
        + "\ncounty="
        + t.county()
        + "\nyear="
        + year
        + "\ndoc_number="
        + t.name().charAt(0)
        + "府发〔"
        + date.getYear()
        + "〕"
        + (serial + 10)
        + "号\nsubject_words=法治政府,年度报告\n~~~~~~\n";
  }

  private String body(Township t, int year, int i) {
    Random random = new Random(1_000_003L * i + year);
    StringBuilder b = new StringBuilder();
    b.append(year).append("年，").append(t.name()).append("在县委、县政府的正确领导下，扎实推进法治政府建设。现将有关情况报告如下：\n\n");
    int[] bytes = {utf8(b)};
    for (int s = 0; s < SECTIONS.length; s++) {
      append(b, bytes, "## " + NUMERALS[s] + "、" + SECTIONS[s] + "\n\n");
      int sectionEnd = BODY_BYTES * (s + 1) / SECTIONS.length;
      for (int sub = 0; bytes[0] < sectionEnd; sub++) {
        String heading = trimmed(sentences.get(random.nextInt(sentences.size())), 18);
        append(b, bytes, "### （" + NUMERALS[sub % NUMERALS.length] + "）" + heading + "\n\n");
        for (int p = 0; p < 3 && bytes[0] < sectionEnd; p++) {
          for (int k = 0; k < 3 && bytes[0] < sectionEnd; k++) {
            append(b, bytes, varied(sentences.get(random.nextInt(sentences.size())), t, random));
          }
          append(b, bytes, "\n\n");
        }
      }
    }
    return b.toString();
  }

  /** A sentence with the township, a village name and a figure of its own. */
  private static String varied(String sentence, Township t, Random random) {
    String s = sentence.replace("我镇", t.name()).replace("埔前镇", t.name());
    switch (random.nextInt(4)) {
      case 0 -> s = name(random, 2) + "村" + s;
      case 1 -> s = s.replaceFirst("\\d+", String.valueOf(1 + random.nextInt(500)));
      default -> {}
    }
    return s;
  }

  private static String trimmed(String sentence, int max) {
    String s = sentence.replaceAll("[，。；：、！？“”（）《》]", "");
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static void append(StringBuilder b, int[] bytes, String text) {
    b.append(text);
    bytes[0] += text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static int utf8(StringBuilder b) {
    return b.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The sentences of the published reports of the search fixture site (read from the project
   * folder, the working directory), without Markdown headings.
   */
  static List<String> sentencePool() {
    Path content = Path.of("src/test/resources/sites/valid-search/content").toAbsolutePath();
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(content)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(f);
        if (text.contains("status=draft")) {
          continue;
        }
        String body = text.substring(text.indexOf("~~~~~~") + 6);
        for (String line : body.split("\n")) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          for (String s : line.split("(?<=[。；！？])")) {
            if (s.strip().length() >= 10) {
              out.add(s.strip());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static String name(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
    }
    return s.toString();
  }

  /** A random unified social credit code with a correct GB 32100 check digit. */
  static String uscc(Random random) {
    StringBuilder code = new StringBuilder("11");
    while (code.length() < 17) {
      code.append(USCC_ALPHABET.charAt(random.nextInt(10)));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += USCC_ALPHABET.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
    }
    return code.append(USCC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
  }
}
