package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinSlugTest {
  @ParameterizedTest
  @CsvSource({
    "良垌镇, liangdongzhen",
    "六安市, luanshi",
    "番禺区, panyuqu",
    "蚌埠市, bengbushi",
    "洪洞县, hongtongxian",
    "铅山县, yanshanxian",
    "歙县, shexian",
    "莘县, shenxian",
    "浚县, xunxian",
    "乐亭县, laotingxian",
    "大埔县, dabuxian",
    "重庆市, chongqingshi",
    "长安镇, changanzhen",
    "埔前镇, puqianzhen",
    "坪山镇, pingshanzhen"
  })
  void readsPolyphonicCharactersAsInPlaceNames(String name, String slug) {
    assertEquals(slug, PinyinSlug.of(name));
  }
}
