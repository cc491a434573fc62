package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.content.OfficialHeadingLines;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.paths.ContainedFolder;
import cn.zwgk.publisher.paths.PlainPath;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Checks the images of a report body, Markdown ({@code ![替代文本](图1.png)}, reference images) and raw
 * {@code <img>} alike: every image needs a text alternative (GB/T 37668, WCAG 1.1.1), and an image
 * stored with the site must exist and be a PNG, JPEG, GIF or WebP. Local images are relative to the
 * report page, as in any Markdown file: in {@code content/reports/2024/pq.md}, {@code pq/图1.png} is
 * {@code content/reports/2024/pq/图1.png}. Problems name the source line. Built once; thread-safe.
 */
public final class BodyRules {
  static final String FIELD = "image";

  static final List<String> IMAGE_TYPES = List.of("png", "jpg", "jpeg", "gif", "webp");

  private static final Pattern IMG_TAG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final Parser parser;

  public BodyRules() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    this.parser = Parser.builder(options).build();
  }

  /**
   * The local images of {@code source}'s body, each once, in order of appearance; problems go to
   * {@code problems}. {@code pageUri} is the report's page, e.g. {@code reports/2024/pq.html}; when
   * it is empty only alternative texts are checked.
   */
  public List<LinkedFile> check(SourceFile source, String pageUri, List<Problem> problems) {
    headingsWithoutMarks(source, problems);
    if (!mayHoldImages(source.body())) {
      return List.of();
    }
    Document document = parser.parse(source.body());
    Map<String, LinkedFile> images = new LinkedHashMap<>();
    for (Node node : document.getDescendants()) {
      for (Found image : imagesOf(node, document)) {
        int line = source.bodyLine() + document.getLineNumber(image.offset());
        if (image.alt().isBlank()) {
          problems.add(Problem.error(source.path(), line, FIELD, missingAlt(image)));
        }
        if (pageUri.isEmpty()) {
          continue;
        }
        Located at = locate(image.src(), pageUri, contentDir(source));
        if (at.problem().isPresent()) {
          problems.add(Problem.error(source.path(), line, FIELD, at.problem().get()));
        } else if (at.uri().isPresent()) {
          String uri = at.uri().get();
          Path file = contentDir(source).resolve(uri);
          images.put(uri, new LinkedFile(image.src(), file, uri, AttachmentRules.size(file)));
        }
      }
    }
    return List.copyOf(images.values());
  }

  /**
   * Whether {@code body} has the text every image needs: {@code ![} (inline and reference images)
   * or an {@code <img} tag in any case. Most reports have neither and are not parsed here (the
   * parse was 5 % of a 10,000-report build, and the page render parses again).
   */
  static boolean mayHoldImages(String body) {
    for (int i = body.indexOf('!'); i >= 0 && i + 1 < body.length(); i = body.indexOf('!', i + 1)) {
      if (body.charAt(i + 1) == '[') {
        return true;
      }
    }
    for (int i = body.indexOf('<'); i >= 0; i = body.indexOf('<', i + 1)) {
      if (body.regionMatches(true, i + 1, "img", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a local image is published: a site-relative path, or a problem; both empty for remote
   * images (left to the sanitizer, which keeps only http and https).
   */
  private record Located(Optional<String> uri, Optional<Text> problem) {
    static Located remote() {
      return new Located(Optional.empty(), Optional.empty());
    }

    static Located at(String uri) {
      return new Located(Optional.of(uri), Optional.empty());
    }

    static Located wrong(Text problem) {
      return new Located(Optional.empty(), Optional.of(problem));
    }
  }

  private static Located locate(String rawSrc, String pageUri, Path contentDir) {
    String src = stripQueryAndFragment(rawSrc.strip());
    if (src.isEmpty() || src.startsWith("//") || SCHEME.matcher(src).find()) {
      return Located.remote();
    }
    if (src.startsWith("/")) {
      return Located.wrong(Text.of("metadata.image.absolute", rawSrc, reportStem(pageUri)));
    }
    String folder = pageUri.substring(0, pageUri.lastIndexOf('/') + 1);
    String decoded = percentDecode(src);
    Optional<Text> badCharacter = PlainPath.badCharacter(decoded);
    if (badCharacter.isPresent()) {
      return Located.wrong(Text.of("metadata.image.not_plain", rawSrc, badCharacter.get()));
    }
    String uri;
    try {
      uri = Path.of(folder + decoded).normalize().toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      return Located.wrong(Text.of("metadata.image.invalid_name", rawSrc));
    }
    if (uri.startsWith("..")) {
      return Located.wrong(Text.of("metadata.image.outside", rawSrc));
    }
    if (!IMAGE_TYPES.contains(LinkedFile.extensionOf(uri))) {
      return Located.wrong(Text.of("metadata.image.type", rawSrc, String.join(", ", IMAGE_TYPES)));
    }
    ContainedFolder.Resolved resolved = ContainedFolder.of(contentDir, "content/").resolve(uri);
    if (resolved.problem().isPresent()) {
      return Located.wrong(Text.of("metadata.image.not_plain", rawSrc, resolved.problem().get()));
    }
    if (!Files.isRegularFile(resolved.file().get())) {
      return Located.wrong(Text.of("metadata.image.missing", rawSrc, uri));
    }
    return Located.at(uri);
  }

  /** An image in the source: its src, alternative text, and offset in the body. */
  private record Found(String src, String alt, int offset, boolean html) {}

  private static List<Found> imagesOf(Node node, Document document) {
    if (node instanceof Image image) {
      return List.of(
          new Found(
              image.getUrl().toString(), image.getText().toString(), node.getStartOffset(), false));
    }
    if (node instanceof ImageRef ref) {
      Reference target = ref.getReferenceNode(document);
      if (target == null) {
        return List.of(); // not an image: Markdown prints "![text][missing]" as text
      }
      return List.of(
          new Found(
              target.getUrl().toString(), ref.getText().toString(), node.getStartOffset(), false));
    }
    if (node instanceof HtmlBlock || node instanceof HtmlInline) {
      List<Found> found = new ArrayList<>();
      Matcher m = IMG_TAG.matcher(node.getChars());
      while (m.find()) {
        Element img = Jsoup.parseBodyFragment(m.group()).selectFirst("img");
        if (img != null) {
          found.add(
              new Found(
                  img.attr("src"),
                  img.hasAttr("alt") ? img.attr("alt") : "",
                  node.getStartOffset() + m.start(),
                  true));
        }
      }
      return found;
    }
    return List.of();
  }

  /**
   * Names every official heading line written without {@code #}: the page shows it as a heading of
   * its level (see {@code render.OfficialHeadings}), and the editor learns how to write it.
   */
  private static void headingsWithoutMarks(SourceFile source, List<Problem> problems) {
    for (OfficialHeadingLines.Line l : OfficialHeadingLines.find(source.body())) {
      if (l.heading()) {
        problems.add(
            Problem.warning(
                source.path(),
                source.bodyLine() + l.index(),
                "heading",
                Text.of(
                    "metadata.heading.unmarked",
                    l.text(),
                    l.level(),
                    "#".repeat(l.level()) + " " + l.text())));
      }
    }
  }

  private static Text missingAlt(Found image) {
    String example =
        image.html()
            ? "<img src=\"" + image.src() + "\" alt=\"说明图片内容的文字\">"
            : "![说明图片内容的文字](" + image.src() + ")";
    return Text.of("metadata.image.alt", image.src(), example);
  }

  /** {@code content/} of the site holding {@code source} (its path starts with content/). */
  private static Path contentDir(SourceFile source) {
    Path dir = source.file().toAbsolutePath();
    for (int i = 0; i < Path.of(source.path()).getNameCount(); i++) {
      dir = dir.getParent();
    }
    return dir.resolve("content");
  }

  private static String reportStem(String pageUri) {
    String name = pageUri.substring(pageUri.lastIndexOf('/') + 1);
    return name.substring(0, name.length() - ".html".length());
  }

  private static String stripQueryAndFragment(String src) {
    int end = src.length();
    for (char c : new char[] {'?', '#'}) {
      int i = src.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return src.substring(0, end);
  }

  /** Decodes %XX escapes as UTF-8; a '+' stays a '+' (it is not a space in a path). */
  static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) == '%'
          && i + 2 < s.length()
          && isHex(s.charAt(i + 1))
          && isHex(s.charAt(i + 2))) {
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return c < 128 && Character.digit(c, 16) >= 0;
  }
}
