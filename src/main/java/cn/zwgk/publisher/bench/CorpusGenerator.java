package cn.zwgk.publisher.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic site source: N valid reports (~11 KB of Chinese Markdown each, official
 * heading hierarchy, valid 索引号 with correct check digits) spread over 200 townships in 30 counties
 * (or a given number of townships, about 14 to a county: the province shape is 1,430 townships,
 * ~100 counties) and 7 report years, plus the project's templates, assets and jbake.properties.
 * Reports go round the townships, one per township and year. The same arguments always give the
 * same files.
 *
 * <p>Usage: {@code java -cp target/publisher.jar cn.zwgk.publisher.bench.CorpusGenerator OUT N
 * [PROJECT_DIR [TOWNSHIPS [COUNTIES]]]} (PROJECT_DIR supplies templates/, assets/,
 * jbake.properties; default ".").
 */
public final class CorpusGenerator {
  static final int TOWNSHIPS = 200;
  static final int COUNTIES = 30;
  static final int FIRST_YEAR = 2018;
  static final int YEARS = 7;

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final String NAME_CHARS = "东南西北中安平和兴隆福寿永宁丰泰昌盛新河山水石桥林坪溪湖江口头塘龙凤云龙马白青黄红金玉华光明德";
  private static final String[] PHRASES = {
    "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
    "严格落实党政主要负责人履行推进法治建设第一责任人职责，定期听取法治政府建设工作汇报。",
    "全面推进严格规范公正文明执法，落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。",
    "深入开展“八五”普法，组织法律明白人培训，推动法治宣传进村（社区）、进学校、进企业。",
    "完善矛盾纠纷多元化解机制，坚持和发展新时代“枫桥经验”，全年调处矛盾纠纷一百余件。",
    "健全重大行政决策程序，严格执行合法性审查，发挥法律顾问在依法决策中的作用。",
    "加强行政规范性文件管理，做到有件必备、有备必审、有错必纠。",
    "推进政务公开标准化规范化建设，及时主动公开财政预决算、重大项目等信息。",
    "存在的不足主要是：部分干部法治思维有待提升，基层执法力量相对薄弱，普法形式仍需创新。",
    "下一年度，我镇将持续压实法治建设责任，深化干部法治培训，提升依法行政水平。",
  };
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: CorpusGenerator OUT N [PROJECT_DIR]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Path project = Path.of(args.length > 2 ? args[2] : ".");
    int townships = args.length > 3 ? Integer.parseInt(args[3]) : TOWNSHIPS;
    int counties =
        args.length > 4
            ? Integer.parseInt(args[4])
            : townships == TOWNSHIPS ? COUNTIES : Math.max(1, townships / 14);
    new CorpusGenerator(townships, counties).generate(out, n, project);
  }

  private final int townshipCount;
  private final int countyCount;

  /** The project's own shape: 200 townships in 30 counties. */
  public CorpusGenerator() {
    this(TOWNSHIPS, COUNTIES);
  }

  public CorpusGenerator(int townships, int counties) {
    if (townships < 1 || counties < 1 || counties > townships) {
      throw new IllegalArgumentException(
          "need 1 <= counties <= townships, got " + counties + " and " + townships);
    }
    this.townshipCount = townships;
    this.countyCount = counties;
  }

  /** Writes the site source into {@code out} (which must not hold reports yet). */
  public void generate(Path out, int n, Path project) {
    try {
      copyTree(project.resolve("templates"), out.resolve("templates"));
      copyTree(project.resolve("assets"), out.resolve("assets"));
      Files.copy(
          project.resolve("jbake.properties"),
          out.resolve("jbake.properties"),
          StandardCopyOption.REPLACE_EXISTING);
      List<Township> townships = townships(townshipCount, countyCount);
      int[] serial = new int[townshipCount * (YEARS + 2)];
      for (int i = 0; i < n; i++) {
        Township t = townships.get(i % townshipCount);
        int round = i / townshipCount;
        int year = FIRST_YEAR + round % YEARS;
        int edition = round / YEARS;
        writeReport(out, t, year, edition, i, serial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Township(int id, String county, String name, String code) {}

  static List<Township> townships(int townshipCount, int countyCount) {
    Random random = new Random(42);
    List<String> counties = new ArrayList<>();
    for (int c = 0; c < countyCount; c++) {
      counties.add(name(random, 2) + (c % 3 == 0 ? "区" : "县"));
    }
    List<Township> result = new ArrayList<>();
    for (int t = 0; t < townshipCount; t++) {
      String suffix = t % 5 == 0 ? "乡" : t % 7 == 0 ? "街道" : "镇";
      result.add(
          new Township(
              t, counties.get(t % countyCount), name(random, 2) + t + suffix, uscc(random)));
    }
    return result;
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
    int sum = 0;
    while (code.length() < 17) {
      code.append(USCC_ALPHABET.charAt(random.nextInt(10)));
    }
    for (int i = 0; i < 17; i++) {
      sum += USCC_ALPHABET.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
    }
    return code.append(USCC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
  }

  private static void writeReport(Path out, Township t, int year, int edition, int i, int[] serials)
      throws IOException {
    LocalDate date = LocalDate.of(year + 1, 1 + (i % 5), 1 + (i % 28));
    int serial = ++serials[t.id() * (YEARS + 2) + (date.getYear() - FIRST_YEAR)];
    String slug = "t" + t.id() + "-" + year + (edition == 0 ? "" : "-" + edition);
    String header =
        "title="
            + t.name()
            + year
            + "年法治政府建设年度报告"
            + (edition == 0 ? "" : "（第" + (edition + 1) + "版）")
            + "\n"
            + "type=report\n"
            + "status=published\n"
            + "date="
            + date
            + "\n"
            + "written="
            + date.minusDays(3)
            + "\n"
            + "index_number="
            + t.code()
            + "/"
            + date.getYear()
            + "-"
            + String.format("%05d", serial)
            + "\n"
            + "category=工作报告\n"
            + "issuer="
            + t.county()
            + t.name()
            + "人民政府\n"
            + "township="
            + t.name()
            + "\n"
            + "county="
            + t.county()
            + "\n"
            + "year="
            + year
            + "\n"
            + "doc_number="
            + t.name().charAt(0)
            + "府发〔"
            + date.getYear()
            + "〕"
            + (serial + 10)
            + "号\n"
            + "subject_words=法治政府,年度报告\n"
            + "~~~~~~\n";
    Path file = out.resolve("content/reports/" + year + "/" + slug + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, header + body(t, year, i), StandardCharsets.UTF_8);
  }

  private static String body(Township t, int year, int i) {
    StringBuilder b = new StringBuilder();
    b.append(year).append("年，").append(t.name()).append("在县委、县政府的正确领导下，扎实推进法治政府建设。现将有关情况报告如下：\n\n");
    String[] sections = {
      "主要举措和成效", "存在的不足和原因", "党政主要负责人履行推进法治建设第一责任人职责情况", "下一年度主要安排", "其他需要报告的情况"
    };
    for (int s = 0; s < sections.length; s++) {
      b.append("## ").append(NUMERALS[s]).append("、").append(sections[s]).append("\n\n");
      for (int sub = 0; sub < 3; sub++) {
        b.append("### （").append(NUMERALS[sub]).append("）工作事项").append(i % 97 + sub).append("\n\n");
        for (int p = 0; p < 2; p++) {
          b.append("#### ").append(p + 1).append(". 具体措施\n\n");
          for (int k = 0; k < 3; k++) {
            b.append(PHRASES[(i + s + sub + p + k) % PHRASES.length]);
          }
          b.append("\n\n");
        }
      }
    }
    return b.toString();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
