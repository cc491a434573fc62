package cn.zwgk.publisher.paths;

import cn.zwgk.publisher.problem.Text;
import java.text.Normalizer;
import java.util.Optional;

/**
 * The shape every site-relative path taken from input must have before it names a file: relative,
 * {@code /}-separated, each part a plain name. Checked on the text after percent-decoding and
 * lexical normalisation, and again on its NFKC form, since servers, archivers and Windows fold
 * look-alikes (fullwidth {@code ／ ＼ ．}) into the real separators and dots. Stateless.
 */
public final class PlainPath {
  /**
   * Characters no published path may hold: separators other than {@code /} ({@code \}, and
   * look-alikes that some tools fold into one), {@code :} (drive letters, {@code file:}, NTFS
   * streams), {@code %} (a second decoding would make {@code %2e%2e} into {@code ..}), and what a
   * URL or a Windows file name cannot carry.
   */
  private static final String FORBIDDEN =
      "\\:%?#*\"<>|\u2215\u2044\u2216\u29F5\u29F8\u29F9\uFE68\uFF0F\uFF3C";

  private PlainPath() {}

  /**
   * What is wrong with {@code path} as a relative path inside a folder, or empty when it is plain:
   * not empty, not absolute, no empty, {@code .}, {@code ..} or hidden part, no control character
   * (NUL included) and nothing of {@link #FORBIDDEN}, in the text and in its NFKC form.
   */
  public static Optional<Text> whyNot(String path) {
    Optional<Text> wrong = shape(path);
    if (wrong.isPresent()) {
      return wrong;
    }
    return folded(path).flatMap(PlainPath::parts).map(PlainPath::onceFolded);
  }

  /**
   * What is wrong with the characters of {@code text}, or empty: a control character or one of
   * {@link #FORBIDDEN}, in the text or in its NFKC form. For a path that may still hold {@code ..}
   * parts, checked before it is normalised: on Linux {@code \} is no separator, so {@code ..\..\x}
   * would survive normalising and become {@code ../../x} later.
   */
  public static Optional<Text> badCharacter(String text) {
    Optional<Text> wrong = characters(text);
    if (wrong.isPresent()) {
      return wrong;
    }
    return folded(text).flatMap(PlainPath::separators).map(PlainPath::onceFolded);
  }

  /**
   * The NFKC form of {@code text} when it differs. Only what folding can turn into a separator, a
   * dot part or an escape is looked for there: {@code ：} folds to {@code :} but no file system
   * reads it as one, and Chinese file names use it.
   */
  private static Optional<String> folded(String text) {
    if (Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
      return Optional.empty();
    }
    return Optional.of(Normalizer.normalize(text, Normalizer.Form.NFKC));
  }

  private static Optional<Text> separators(String folded) {
    for (char c : new char[] {'\\', '/', '%'}) {
      if (folded.indexOf(c) >= 0) {
        return Optional.of(Text.of("path.holds", c));
      }
    }
    return Optional.empty();
  }

  private static Optional<Text> parts(String folded) {
    Optional<Text> wrong = separators(folded.replace("/", ""));
    if (wrong.isPresent()) {
      return wrong;
    }
    for (String part : folded.split("/", -1)) {
      if (part.isEmpty() || part.startsWith(".")) {
        return Optional.of(Text.of("path.part", part));
      }
    }
    return Optional.empty();
  }

  private static Text onceFolded(Text why) {
    return Text.of("path.folded", why);
  }

  /** True when {@link #whyNot} finds nothing wrong. */
  public static boolean isPlain(String path) {
    return whyNot(path).isEmpty();
  }

  private static Optional<Text> shape(String path) {
    if (path.isEmpty()) {
      return Optional.of(Text.of("path.empty"));
    }
    if (path.startsWith("/")) {
      return Optional.of(Text.of("path.absolute"));
    }
    Optional<Text> wrong = characters(path);
    if (wrong.isPresent()) {
      return wrong;
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty()) {
        return Optional.of(Text.of("path.empty_part"));
      }
      if (part.startsWith(".")) {
        return Optional.of(Text.of("path.dot_part", part));
      }
    }
    return Optional.empty();
  }

  private static Optional<Text> characters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        return Optional.of(Text.of("path.control", String.format("%04X", (int) c)));
      }
      if (FORBIDDEN.indexOf(c) >= 0) {
        return Optional.of(Text.of("path.holds", c));
      }
    }
    return Optional.empty();
  }
}
