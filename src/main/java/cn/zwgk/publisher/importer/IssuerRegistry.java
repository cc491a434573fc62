package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.metadata.CodeCheckDigits;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry of issuing bodies, {@code registry/issuers.csv}: one line per township with its
 * county, the issuer's full name (发布机构) and the code that starts its 索引号 (18-character unified
 * social credit code or 9-character organisation code, check digit verified). Lines starting with
 * {@code #} are comments; the first other line is the column header. Immutable.
 */
public final class IssuerRegistry {
  /** Where the registry lives in the site source. */
  public static final String PATH = "registry/issuers.csv";

  static final String COLUMNS = "township,county,issuer,code";

  private final List<Issuer> issuers;

  private IssuerRegistry(List<Issuer> issuers) {
    this.issuers = List.copyOf(issuers);
  }

  /** One issuing body and the line it is on. */
  public record Issuer(String township, String county, String name, String code, int line) {}

  /** The registry of {@code sourceDir}; an absent file is an empty registry. */
  public static IssuerRegistry load(Path sourceDir) {
    Path file = sourceDir.resolve(PATH);
    if (!Files.isRegularFile(file)) {
      return new IssuerRegistry(List.of());
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses registry text; every bad line is an error naming it. */
  public static IssuerRegistry parse(String text) {
    List<Issuer> issuers = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (RegistryCsv.Row row : RegistryCsv.rows(PATH, COLUMNS, text, problems)) {
      String line = row.line();
      String[] f = row.fields();
      if (f.length != 4 || List.of(f).stream().anyMatch(s -> s.strip().isEmpty())) {
        problems.add(
            Problem.error(
                PATH,
                row.number(),
                "issuer",
                "\""
                    + line
                    + "\" needs 4 non-empty values: "
                    + COLUMNS
                    + " (no commas in values)"));
        continue;
      }
      String code = f[3].strip();
      if (!validCode(code)) {
        problems.add(
            Problem.error(
                PATH,
                row.number(),
                "code",
                "\""
                    + code
                    + "\" is not a valid unified social credit code (18 characters, GB 32100) or"
                    + " organisation code (9 characters, GB 11714): check digit or length wrong"));
        continue;
      }
      String township = f[0].strip();
      String county = f[1].strip();
      for (Issuer other : issuers) {
        if (other.township().equals(township) && other.county().equals(county)) {
          problems.add(
              Problem.error(
                  PATH,
                  row.number(),
                  "township",
                  township
                      + " ("
                      + county
                      + ") is already on line "
                      + other.line()
                      + " (expected one line per township)"));
        }
      }
      issuers.add(new Issuer(township, county, f[2].strip(), code, row.number()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new IssuerRegistry(issuers);
  }

  static boolean validCode(String code) {
    return code.length() == 18
        ? CodeCheckDigits.isValidUscc(code)
        : CodeCheckDigits.isValidOrganisationCode(code);
  }

  /** The entries for {@code township} (several when townships of different counties share it). */
  public List<Issuer> find(String township) {
    return issuers.stream().filter(i -> i.township().equals(township)).toList();
  }

  /** The entry for {@code township}, narrowed by {@code county} when that is not empty. */
  public Optional<Issuer> find(String township, String county) {
    List<Issuer> found =
        find(township).stream().filter(i -> county.isEmpty() || i.county().equals(county)).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  public List<Issuer> all() {
    return issuers;
  }
}
