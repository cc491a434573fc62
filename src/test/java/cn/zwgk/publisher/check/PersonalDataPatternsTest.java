package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.publisher.check.PersonalDataPatterns.Kind;
import cn.zwgk.publisher.check.PersonalDataPatterns.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataPatternsTest {
  @Test
  void findsIdNumberWithValidCheckDigitMasked() {
    assertEquals(
        List.of(new Match(Kind.ID, "11010519491231002X", "110105********002X")),
        PersonalDataPatterns.find("身份证号码11010519491231002X。"));
  }

  @Test
  void ignoresIdNumberWithWrongCheckDigitOrImpossibleBirthDate() {
    assertFalse(PersonalDataPatterns.isValidId("110105194912310021"));
    assertFalse(PersonalDataPatterns.isValidId("110105194913310025"));
    assertTrue(PersonalDataPatterns.isValidId("441602198001011233"));
    assertEquals(List.of(), PersonalDataPatterns.find("编号110105194912310021"));
  }

  @Test
  void doesNotReadTheIssuerCodeOfAnIndexNumberAsPersonalData() {
    assertEquals(List.of(), PersonalDataPatterns.find("索引号 11441602730470987N/2025-00002"));
  }

  @Test
  void doesNotReadAllDigitCreditCodesOfGovernmentBodiesAsBankCards() {
    // 11 = 机关; an 18-digit code with a digit check character that happens to pass Luhn.
    assertTrue(PersonalDataPatterns.luhn("110452038762751253"));
    assertEquals(List.of(), PersonalDataPatterns.find("发布机构代码 110452038762751253"));
    assertEquals(List.of(), PersonalDataPatterns.find("索引号 622202123456789012/2025-00001"));
  }

  @Test
  void findsMobileNumbersWrittenWithSeparatorsOrCountryCode() {
    assertEquals(
        List.of(
            new Match(Kind.MOBILE, "13812345678", "138****5678"),
            new Match(Kind.MOBILE, "139-1234-5678", "139****5678"),
            new Match(Kind.MOBILE, "15012345678", "150****5678")),
        PersonalDataPatterns.find("电话13812345678，或139-1234-5678，或+8615012345678"));
  }

  @Test
  void ignoresNumbersThatAreNotMobiles() {
    assertEquals(
        List.of(), PersonalDataPatterns.find("调处纠纷12345678宗，投入123456789012元，电话0762-3388123"));
  }

  @Test
  void findsBankCardsThatPassLuhnOnly() {
    assertTrue(PersonalDataPatterns.luhn("6222021234567890128"));
    assertFalse(PersonalDataPatterns.luhn("6222021234567890127"));
    assertEquals(
        List.of(
            new Match(Kind.BANK, "6222021234567890128", "6222***********0128"),
            new Match(Kind.BANK, "6228 4800 1234 5671", "6228********5671")),
        PersonalDataPatterns.find(
            "卡号6222021234567890128，旧卡6228 4800 1234 5671，另6222021234567890127"));
  }
}
