package cn.zwgk.publisher.metadata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The level of an issuing body in a county's disclosure column: a township (乡镇/街道), the
 * county-level government itself (县/区/县级市人民政府) or one of its departments (局/办/委).
 */
public enum IssuerLevel {
  TOWNSHIP("township", "乡镇（街道）"),
  COUNTY("county", "县级人民政府"),
  DEPARTMENT("department", "县级部门");

  private final String id;
  private final String label;

  IssuerLevel(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The value written in registry/issuers.csv and in settings, e.g. {@code township}. */
  public String id() {
    return id;
  }

  /** The heading the site shows for issuers of this level. */
  public String label() {
    return label;
  }

  /** The level named {@code id} ({@code township|county|department}), if it is one. */
  public static Optional<IssuerLevel> of(String id) {
    String key = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.id.equals(key)).findFirst();
  }

  /**
   * The level of an issuer the registry does not list: a township when one is stated or its full
   * name is a township's (…镇人民政府, …乡人民政府, …街道办事处); otherwise the county government when its name
   * ends in 人民政府, else a county department.
   */
  public static IssuerLevel inferred(String township, String issuer) {
    if (!township.isEmpty()
        || issuer.endsWith("镇人民政府")
        || issuer.endsWith("乡人民政府")
        || issuer.endsWith("街道办事处")) {
      return TOWNSHIP;
    }
    return issuer.endsWith("人民政府") ? COUNTY : DEPARTMENT;
  }
}
