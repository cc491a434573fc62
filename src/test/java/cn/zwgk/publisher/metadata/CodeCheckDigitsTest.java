package cn.zwgk.publisher.metadata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeCheckDigitsTest {
  @Test
  void acceptsRealUnifiedSocialCreditCode() {
    assertTrue(CodeCheckDigits.isValidUscc("11441602730470987N"));
  }

  @Test
  void rejectsUnifiedSocialCreditCodeWithWrongCheckDigit() {
    assertFalse(CodeCheckDigits.isValidUscc("11441602730470987M"));
    assertFalse(CodeCheckDigits.isValidUscc("11441602730470988N"));
  }

  @Test
  void rejectsUnifiedSocialCreditCodeOfWrongLengthOrAlphabet() {
    assertFalse(CodeCheckDigits.isValidUscc("11441602730470987"));
    assertFalse(CodeCheckDigits.isValidUscc("1144160273047098IN"));
  }

  @Test
  void organisationCodeInsideUsccIsValid() {
    // Characters 9–17 of a USCC are the organisation code.
    assertTrue(CodeCheckDigits.isValidOrganisationCode("730470987"));
    assertFalse(CodeCheckDigits.isValidOrganisationCode("730470986"));
  }

  @Test
  void organisationCodeCheckTenIsX() {
    // 01527918X is the Yunnan example of DOMAIN.md.
    assertTrue(CodeCheckDigits.isValidOrganisationCode("01527918X"));
    assertFalse(CodeCheckDigits.isValidOrganisationCode("015279180"));
  }
}
