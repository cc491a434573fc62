package cn.zwgk.publisher.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderDetectorTest {
  private static List<String> scan(String text) {
    return PlaceholderDetector.scan(text, new SourcePosition(2, 1)).stream()
        .map(f -> f.format("in.txt"))
        .toList();
  }

  @Test
  void reportsLoneLatinLetterStandingInForAName() {
    assertEquals(
        List.of(
            "in.txt:2:7: warning: placeholder: \"A\" stands alone in Chinese text (…2023年以A新时代中国特…):"
                + " a placeholder left by anonymisation? An editor restores the real name or"
                + " wording"),
        scan("2023年以A新时代中国特色社会主义思想为指导"));
  }

  @Test
  void reportsEachLetterOfAnonymisedPlaceNames() {
    assertEquals(2, scan("X社区、X村被列入省级民主法治村拟命名名单").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX镇人民政府", "××村委会", "某某同志", "联系人：＊＊"})
  void reportsPlaceholderRuns(String text) {
    assertEquals(1, scan(text).size(), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "开展B超筛查和X光检查",
        "A股上市公司",
        "评为4A级景区",
        "PM2.5浓度下降",
        "通过ISO9001认证",
        "发布于gw.rulaixiezuo.com",
        "打造“法治e站”平台"
      })
  void leavesLettersThatAreWordsAlone(String text) {
    assertEquals(List.of(), scan(text), text);
  }
}
