package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.problem.InvalidContentException;
import cn.zwgk.publisher.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** registry/issuers.csv: optional columns, levels, schemes and parents. */
class IssuersTest {
  private static final IndexNumberSchemes SCHEMES =
      IndexNumberSchemes.of(
          SiteConfig.parse("index_number.scheme.region={digits:10}/{year}-{serial:6}\n"));

  private static List<String> problems(String text) {
    InvalidContentException e =
        assertThrows(InvalidContentException.class, () -> Issuers.parse(text, SCHEMES));
    return e.problems().stream().map(Problem::format).toList();
  }

  @Test
  void aRegistryWithoutTheNewColumnsStaysValid() {
    Issuers issuers =
        Issuers.parse(
            "township,county,issuer,code\n埔前镇,源城区,河源市源城区埔前镇人民政府,11441602730470987N\n", SCHEMES);
    Issuer pq = issuers.township("源城区", "埔前镇").orElseThrow();
    assertEquals(IssuerLevel.TOWNSHIP, pq.level());
    assertEquals("", pq.scheme());
  }

  @Test
  void levelFollowsFromTownshipWhenEmptyAndColumnsMayComeInAnyOrder() {
    Issuers issuers =
        Issuers.parse(
            "township,county,issuer,code,level,scheme\n"
                + ",镇巴县,镇巴县人民政府,6107280000,,region\n"
                + ",镇巴县,镇巴县财政局,01527918X,department,\n",
            SCHEMES);
    assertEquals(IssuerLevel.COUNTY, issuers.named("镇巴县人民政府").orElseThrow().level());
    assertEquals(IssuerLevel.DEPARTMENT, issuers.named("镇巴县财政局").orElseThrow().level());
    assertEquals("镇巴县财政局", issuers.of("镇巴县", "", "镇巴县财政局").orElseThrow().name());
  }

  @Test
  void badLevelsSchemesCodesAndParentsAreErrorsNamingTheirLines() {
    assertEquals(
        List.of(
            "registry/issuers.csv:2: level: \"city\" is not a level (expected township, county or"
                + " department)",
            "registry/issuers.csv:3: township: is empty (required for level township)",
            "registry/issuers.csv:4: scheme: \"gd\" is not a scheme (expected one of national-org,"
                + " national-uscc, region, or a scheme set as index_number.scheme.gd=TEMPLATE in"
                + " jbake.properties)",
            "registry/issuers.csv:5: code: \"610728000\" is not the issuer code of scheme region ="
                + " {digits:10}/{year}-{serial:6}: digits \"610728000\" has 9 digits (expected 10)",
            "registry/issuers.csv:6: parent: \"镇巴县政府\" is not an issuer of the registry"
                + " (expected the full name of the body 镇巴县财政局 belongs to, on a line of its own)",
            "registry/issuers.csv:7: township: \"兴隆镇\" is stated for level department (expected an"
                + " empty township for county-level bodies)"),
        problems(
            "township,county,issuer,code,scheme,level,parent\n"
                + ",镇巴县,甲,6107280000,region,city,\n"
                + ",镇巴县,乙,6107280000,region,township,\n"
                + ",镇巴县,丙,6107280000,gd,county,\n"
                + ",镇巴县,丁,610728000,region,county,\n"
                + ",镇巴县,镇巴县财政局,01527918X,,department,镇巴县政府\n"
                + "兴隆镇,镇巴县,戊,01527918X,,department,\n"));
  }

  @Test
  void anUnknownColumnIsAnError() {
    assertEquals(
        List.of(
            "registry/issuers.csv:1: columns: \"township,county,issuer,code,region\" (expected"
                + " township,county,issuer,code, then any of scheme, level, parent)"),
        problems("township,county,issuer,code,region\n"));
  }
}
