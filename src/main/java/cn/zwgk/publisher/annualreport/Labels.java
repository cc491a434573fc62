package cn.zwgk.publisher.annualreport;

/**
 * Compares row and column labels the way a reader does: real reports and editors write the same
 * label with half-width or full-width brackets and digits, with or without spaces, line breaks
 * (商业\n企业) and quotation marks, and with 、, ． or . after a number. Only those differences are
 * ignored; any other is a renamed label.
 */
final class Labels {
  private Labels() {}

  static boolean same(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  static String normalize(String label) {
    StringBuilder out = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c >= '０' && c <= '９') {
        c = (char) ('0' + (c - '０'));
      }
      switch (c) {
        case '(' -> out.append('（');
        case ')' -> out.append('）');
        case ':' -> out.append('：');
        case ',' -> out.append('，');
        case '．', '、' -> {
          // 一、 and 1. and 1、 and 1． are one separator; keep it after Chinese numerals too.
          out.append('.');
        }
        case '“', '”', '"', '\'', '‘', '’', '*', '\u00a0', '\u3000' -> {}
        default -> {
          if (!Character.isWhitespace(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
