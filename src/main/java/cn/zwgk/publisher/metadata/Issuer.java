package cn.zwgk.publisher.metadata;

/**
 * One issuing body of registry/issuers.csv.
 *
 * @param township the township's name for a township issuer, empty for county-level bodies
 * @param county the county (县/区/县级市) the issuer belongs to
 * @param name the issuer's full name (发布机构)
 * @param code the issuer-code part of its 索引号 (may be empty when its scheme has none)
 * @param scheme the name of its 索引号 scheme; empty for the site's default schemes
 * @param level township, county government or county department
 * @param parent the full name of the body it belongs to (a department's government); may be empty
 * @param line the 1-based line of the registry it is on
 */
public record Issuer(
    String township,
    String county,
    String name,
    String code,
    String scheme,
    IssuerLevel level,
    String parent,
    int line) {}
