package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HiddenLinkRuleTest {
  @Test
  void recognisesTheWaysSpamLinksAreHidden() {
    assertEquals(Optional.of("display:none"), HiddenLinkRule.hiding("color:red; DISPLAY : none"));
    assertEquals(Optional.of("visibility:hidden"), HiddenLinkRule.hiding("visibility:hidden"));
    assertEquals(Optional.of("font-size:0px"), HiddenLinkRule.hiding("font-size:0px"));
    assertEquals(Optional.of("font-size:0"), HiddenLinkRule.hiding("font-size:0 !important"));
    assertEquals(Optional.of("opacity:0"), HiddenLinkRule.hiding("opacity:0"));
    assertEquals(
        Optional.of("off-screen left:-9999px"),
        HiddenLinkRule.hiding("position:absolute;left:-9999px"));
    assertEquals(
        Optional.of("off-screen text-indent:-50em"), HiddenLinkRule.hiding("text-indent:-50em"));
  }

  @Test
  void leavesVisibleStylesAlone() {
    assertEquals(Optional.empty(), HiddenLinkRule.hiding("display:block;font-size:0.9em"));
    assertEquals(Optional.empty(), HiddenLinkRule.hiding("margin-left:-10px;opacity:0.8"));
    assertEquals(Optional.empty(), HiddenLinkRule.hiding(""));
  }
}
