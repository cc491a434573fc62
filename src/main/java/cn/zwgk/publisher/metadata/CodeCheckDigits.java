package cn.zwgk.publisher.metadata;

/**
 * Check digits of the issuer codes used in 索引号: the 18-character unified social credit code (GB
 * 32100-2015) and the 9-character organisation code (GB 11714-1997). Stateless.
 */
public final class CodeCheckDigits {
  static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private CodeCheckDigits() {}

  /** Whether {@code code} is an 18-character USCC whose last character is its check digit. */
  public static boolean isValidUscc(String code) {
    if (code.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = USCC_ALPHABET.indexOf(code.charAt(i));
      if (v < 0) {
        return false;
      }
      sum += v * USCC_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return code.charAt(17) == USCC_ALPHABET.charAt(check);
  }

  /**
   * Whether {@code code} is an issuer code of the national 索引号 forms: an 18-character USCC or a
   * 9-character organisation code, each with its check digit right. The one definition the
   * validator, the registry and the importer share.
   */
  public static boolean isValidIssuerCode(String code) {
    return code.length() == 18 ? isValidUscc(code) : isValidOrganisationCode(code);
  }

  /** Whether {@code code} is a 9-character organisation code whose last character is its check. */
  public static boolean isValidOrganisationCode(String code) {
    if (code.length() != 9) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = code.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        return false;
      }
      sum += v * ORG_WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    char expected = c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    return code.charAt(8) == expected;
  }
}
