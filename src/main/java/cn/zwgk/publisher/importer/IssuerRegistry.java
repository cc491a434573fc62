package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.metadata.IndexNumberSchemes;
import cn.zwgk.publisher.metadata.Issuers;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The registry of issuing bodies, {@code registry/issuers.csv}, as the importer and {@code
 * publisher new} use it: a view of {@link Issuers} (which parses and validates it: levels, schemes,
 * check digits). Immutable.
 */
public final class IssuerRegistry {
  /** Where the registry lives in the site source. */
  public static final String PATH = Issuers.PATH;

  static final String COLUMNS = Issuers.COLUMNS;

  private final Issuers issuers;
  private final List<Issuer> all;

  private IssuerRegistry(Issuers issuers) {
    this.issuers = issuers;
    this.all = issuers.all().stream().map(Issuer::of).toList();
  }

  /**
   * One issuing body and the line it is on; {@code township} is empty for a county-level body.
   * {@link #entry()} has its level, scheme and parent.
   */
  public record Issuer(
      String township,
      String county,
      String name,
      String code,
      int line,
      cn.zwgk.publisher.metadata.Issuer entry) {
    public Issuer(String township, String county, String name, String code, int line) {
      this(
          township,
          county,
          name,
          code,
          line,
          new cn.zwgk.publisher.metadata.Issuer(
              township,
              county,
              name,
              code,
              "",
              cn.zwgk.publisher.metadata.IssuerLevel.inferred(township, name),
              "",
              line));
    }

    static Issuer of(cn.zwgk.publisher.metadata.Issuer i) {
      return new Issuer(i.township(), i.county(), i.name(), i.code(), i.line(), i);
    }
  }

  /** The registry of {@code sourceDir} with the schemes of its settings; absent: empty. */
  public static IssuerRegistry load(Path sourceDir) {
    return new IssuerRegistry(Issuers.load(sourceDir));
  }

  /** Parses registry text with the shipped schemes; every bad line is an error naming it. */
  public static IssuerRegistry parse(String text) {
    return new IssuerRegistry(Issuers.parse(text, IndexNumberSchemes.shipped()));
  }

  /** Parses registry text with the schemes of a site. */
  public static IssuerRegistry parse(String text, IndexNumberSchemes schemes) {
    return new IssuerRegistry(Issuers.parse(text, schemes));
  }

  /** The entries for {@code township} (several when townships of different counties share it). */
  public List<Issuer> find(String township) {
    return all.stream().filter(i -> !township.isEmpty() && i.township().equals(township)).toList();
  }

  /** The entry for {@code township}, narrowed by {@code county} when that is not empty. */
  public Optional<Issuer> find(String township, String county) {
    List<Issuer> found =
        find(township).stream().filter(i -> county.isEmpty() || i.county().equals(county)).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The issuer, of any level, with full name {@code name}. */
  public Optional<Issuer> named(String name) {
    return issuers.named(name).map(Issuer::of);
  }

  public List<Issuer> all() {
    return all;
  }

  /** The registry as the metadata stage reads it. */
  public Issuers issuers() {
    return issuers;
  }
}
