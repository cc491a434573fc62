package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of issuing bodies, {@code registry/issuers.csv}: columns {@code
 * township,county,issuer,code}, then any of the optional {@code scheme}, {@code level} and {@code
 * parent}. A township issuer names its township; a county government or department leaves it empty.
 * Lines starting with {@code #} are comments; the first other line is the column header. Immutable
 * and thread-safe.
 */
public final class Issuers {
  public static final String PATH = "registry/issuers.csv";

  /** The columns every registry has, in this order. */
  public static final String COLUMNS = "township,county,issuer,code";

  private static final List<String> OPTIONAL = List.of("scheme", "level", "parent");

  private final List<Issuer> all;
  private final Map<String, Issuer> byName = new HashMap<>();
  private final Map<String, Issuer> byTownship = new HashMap<>();

  private Issuers(List<Issuer> all) {
    this.all = List.copyOf(all);
    for (Issuer i : all) {
      byName.put(i.name(), i);
      if (!i.township().isEmpty()) {
        byTownship.put(i.county() + "\u0000" + i.township(), i);
      }
    }
  }

  public static Issuers empty() {
    return new Issuers(List.of());
  }

  /** The registry of {@code sourceDir}; an absent file is an empty registry. */
  public static Issuers load(Path sourceDir, IndexNumberSchemes schemes) {
    Path file = sourceDir.resolve(PATH);
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), schemes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The registry of a site source, with the schemes of its jbake.properties when it has one. */
  public static Issuers load(Path sourceDir) {
    IndexNumberSchemes schemes =
        Files.isRegularFile(sourceDir.resolve(SiteConfig.FILE_NAME))
            ? IndexNumberSchemes.of(SiteConfig.load(sourceDir))
            : IndexNumberSchemes.shipped();
    return load(sourceDir, schemes);
  }

  /** Parses registry text; every bad line is an error naming it. */
  public static Issuers parse(String text, IndexNumberSchemes schemes) {
    List<Problem> problems = new ArrayList<>();
    List<Issuer> issuers = new ArrayList<>();
    List<String> columns = null;
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    for (int n = 1; n <= lines.length; n++) {
      String line = lines[n - 1].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (columns == null) {
        columns = header(line, n, problems);
        continue;
      }
      row(line, n, columns, schemes, problems).ifPresent(issuers::add);
    }
    checkUnique(issuers, problems);
    checkParents(issuers, problems);
    if (!problems.isEmpty()) {
      problems.sort(null);
      throw new InvalidContentException(problems);
    }
    return new Issuers(issuers);
  }

  private static List<String> header(String line, int n, List<Problem> problems) {
    List<String> columns = List.of(line.split(",", -1)).stream().map(String::strip).toList();
    boolean ok =
        line.startsWith(COLUMNS)
            && columns.size() <= 7
            && columns.subList(4, columns.size()).stream().allMatch(OPTIONAL::contains)
            && columns.stream().distinct().count() == columns.size();
    if (!ok) {
      problems.add(
          Problem.error(
              PATH,
              n,
              "columns",
              Text.of("issuers.columns", line, COLUMNS, String.join(", ", OPTIONAL))));
      return List.of(COLUMNS.split(","));
    }
    return columns;
  }

  private static Optional<Issuer> row(
      String line, int n, List<String> columns, IndexNumberSchemes schemes, List<Problem> out) {
    String[] f = line.split(",", -1);
    if (f.length != columns.size()) {
      out.add(
          Problem.error(
              PATH,
              n,
              "issuer",
              Text.of(
                  "issuers.values", line, f.length, columns.size(), String.join(",", columns))));
      return Optional.empty();
    }
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < f.length; i++) {
      v.put(columns.get(i), f[i].strip());
    }
    String township = v.get("township");
    String county = v.get("county");
    String name = v.get("issuer");
    String code = v.get("code");
    String scheme = v.getOrDefault("scheme", "");
    String parent = v.getOrDefault("parent", "");
    int before = out.size();
    if (county.isEmpty() || name.isEmpty()) {
      out.add(Problem.error(PATH, n, "issuer", Text.of("issuers.county_and_name", line)));
    }
    String levelText = v.getOrDefault("level", "");
    IssuerLevel level =
        levelText.isEmpty()
            ? (township.isEmpty() ? IssuerLevel.COUNTY : IssuerLevel.TOWNSHIP)
            : IssuerLevel.of(levelText).orElse(null);
    if (level == null) {
      out.add(Problem.error(PATH, n, "level", Text.of("issuers.level", levelText)));
    } else if (level == IssuerLevel.TOWNSHIP && township.isEmpty()) {
      out.add(Problem.error(PATH, n, "township", Text.of("issuers.township.empty")));
    } else if (level != IssuerLevel.TOWNSHIP && !township.isEmpty()) {
      out.add(
          Problem.error(
              PATH, n, "township", Text.of("issuers.township.stated", township, level.id())));
    }
    List<IndexNumberScheme> own = schemes.defaults();
    if (!scheme.isEmpty()) {
      Optional<IndexNumberScheme> s = schemes.scheme(scheme);
      if (s.isEmpty()) {
        out.add(
            Problem.error(
                PATH,
                n,
                "scheme",
                IndexNumberSchemes.unknownScheme(scheme, schemes.all().keySet())));
        return Optional.empty();
      }
      own = List.of(s.get());
    }
    checkCode(code, own, schemes.verifyCheckDigits(), n, out);
    if (out.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Issuer(township, county, name, code, scheme, level, parent, n));
  }

  private static void checkCode(
      String code, List<IndexNumberScheme> own, boolean verify, int n, List<Problem> out) {
    boolean needsCode = own.stream().anyMatch(IndexNumberScheme::hasIssuerCode);
    if (!needsCode) {
      return;
    }
    if (own.stream().anyMatch(s -> s.readCode(code, verify).fits())) {
      return;
    }
    if (own.stream()
        .map(IndexNumberScheme::name)
        .toList()
        .equals(List.of("national-uscc", "national-org"))) {
      out.add(Problem.error(PATH, n, "code", Text.of("issuers.code.national", code)));
      return;
    }
    IndexNumberScheme first = own.get(0);
    out.add(
        Problem.error(
            PATH,
            n,
            "code",
            Text.of(
                "issuers.code.scheme",
                code,
                first.describe(),
                first.readCode(code, verify).problem())));
  }

  private static void checkUnique(List<Issuer> issuers, List<Problem> out) {
    Map<String, Issuer> townships = new HashMap<>();
    Map<String, Issuer> names = new HashMap<>();
    for (Issuer i : issuers) {
      if (!i.township().isEmpty()) {
        Issuer other = townships.putIfAbsent(i.county() + "\u0000" + i.township(), i);
        if (other != null) {
          out.add(
              Problem.error(
                  PATH,
                  i.line(),
                  "township",
                  Text.of("issuers.township.twice", i.township(), i.county(), other.line())));
          continue;
        }
      }
      Issuer other = names.putIfAbsent(i.name(), i);
      if (other != null) {
        out.add(
            Problem.error(
                PATH, i.line(), "issuer", Text.of("issuers.issuer.twice", i.name(), other.line())));
      }
    }
  }

  private static void checkParents(List<Issuer> issuers, List<Problem> out) {
    Map<String, Issuer> names = new HashMap<>();
    issuers.forEach(i -> names.putIfAbsent(i.name(), i));
    for (Issuer i : issuers) {
      if (!i.parent().isEmpty() && !names.containsKey(i.parent())) {
        out.add(
            Problem.error(
                PATH, i.line(), "parent", Text.of("issuers.parent", i.parent(), i.name())));
      }
    }
  }

  public List<Issuer> all() {
    return all;
  }

  /** The issuer with full name {@code name}. */
  public Optional<Issuer> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The township issuer of {@code township} in {@code county}. */
  public Optional<Issuer> township(String county, String township) {
    return Optional.ofNullable(byTownship.get(county + "\u0000" + township));
  }

  /** The issuer a report names: by township when it states one, else by the issuer's full name. */
  public Optional<Issuer> of(String county, String township, String issuer) {
    if (!township.isEmpty()) {
      return township(county, township);
    }
    return named(issuer).filter(i -> i.county().equals(county) || county.isEmpty());
  }
}
