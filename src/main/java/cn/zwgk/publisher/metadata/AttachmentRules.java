package cn.zwgk.publisher.metadata;

import cn.zwgk.publisher.content.HeaderField;
import cn.zwgk.publisher.content.SourceFile;
import cn.zwgk.publisher.paths.ContainedFolder;
import cn.zwgk.publisher.paths.PlainPath;
import cn.zwgk.publisher.problem.Problem;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the {@code attachments} header: a comma-separated list of files (the signed original as
 * PDF, a DOCX, …) that the site publishes with the report. Each name is relative to the report's
 * own folder, the folder beside the report file named like it: for {@code
 * content/reports/2024/puqianzhen-2024.md}, {@code attachments=原件.pdf, 附件1.docx} means {@code
 * content/reports/2024/puqianzhen-2024/原件.pdf} and {@code …/附件1.docx}, published at {@code
 * reports/2024/puqianzhen-2024/原件.pdf}. A missing file, a name that leaves the folder, a repeated
 * name or a type a browser would run (HTML, SVG, scripts) is an error on the header line. Stateless
 * and thread-safe.
 */
public final class AttachmentRules {
  static final String KEY = "attachments";

  /** Document types a disclosure platform offers for download; nothing a browser executes. */
  static final List<String> ALLOWED_TYPES =
      List.of(
          "pdf", "ofd", "doc", "docx", "wps", "rtf", "odt", "txt", "xls", "xlsx", "et", "ods",
          "csv", "ppt", "pptx", "dps", "odp", "zip", "rar", "7z", "jpg", "jpeg", "png");

  private static final Pattern SEPARATOR = Pattern.compile("[,，]");

  /**
   * The attachments {@code source} names, in header order; problems go to {@code problems}. {@code
   * pageUri} is the report's page, e.g. {@code reports/2024/puqianzhen-2024.html}; when it is empty
   * (the file is not where reports live, already an error) nothing is checked.
   */
  public List<LinkedFile> check(SourceFile source, String pageUri, List<Problem> problems) {
    Optional<HeaderField> field = source.field(KEY);
    if (field.isEmpty() || field.get().value().isBlank() || pageUri.isEmpty()) {
      return List.of();
    }
    String folderUri = pageUri.substring(0, pageUri.length() - ".html".length()) + "/";
    String folderPath = source.path().substring(0, source.path().length() - 3) + "/";
    int line = field.get().line();

    List<LinkedFile> attachments = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] names = SEPARATOR.split(field.get().value(), -1);
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip();
      Optional<Text> wrong = wrongName(name, i + 1, seen);
      if (wrong.isPresent()) {
        problems.add(Problem.error(source.path(), line, KEY, wrong.get()));
        continue;
      }
      Optional<Text> badCharacter = PlainPath.badCharacter(name);
      if (badCharacter.isPresent()) {
        problems.add(Problem.error(source.path(), line, KEY, notPlain(name, badCharacter.get())));
        continue;
      }
      ContainedFolder.Resolved resolved =
          contentFolder(source).resolve(folderPath.substring("content/".length()) + name);
      if (resolved.problem().isPresent()) {
        problems.add(
            Problem.error(source.path(), line, KEY, notPlain(name, resolved.problem().get())));
        continue;
      }
      Path file = resolved.file().get();
      if (!Files.isRegularFile(file)) {
        problems.add(
            Problem.error(
                source.path(),
                line,
                KEY,
                Text.of("metadata.attachment.missing", name, folderPath + name)));
        continue;
      }
      attachments.add(new LinkedFile(name, file, folderUri + name, size(file)));
    }
    return List.copyOf(attachments);
  }

  private static Optional<Text> wrongName(String name, int position, Set<String> seen) {
    if (name.isEmpty()) {
      return Optional.of(Text.of("metadata.attachment.empty", position));
    }
    if (name.startsWith("/") || name.contains("\\") || hasDotSegment(name)) {
      return Optional.of(Text.of("metadata.attachment.not_plain", name));
    }
    String extension = LinkedFile.extensionOf(name);
    if (!ALLOWED_TYPES.contains(extension)) {
      return Optional.of(
          Text.of("metadata.attachment.type", name, String.join(", ", ALLOWED_TYPES)));
    }
    if (!seen.add(name)) {
      return Optional.of(Text.of("metadata.attachment.twice", name));
    }
    return Optional.empty();
  }

  private static Text notPlain(String name, Text why) {
    return Text.of("metadata.attachment.refused", name, why);
  }

  /** {@code content/} of the site holding {@code source} (whose path starts with content/). */
  private static ContainedFolder contentFolder(SourceFile source) {
    Path dir = source.file().toAbsolutePath();
    for (int i = 0; i < Path.of(source.path()).getNameCount(); i++) {
      dir = dir.getParent();
    }
    return ContainedFolder.of(dir.resolve("content"), "content/");
  }

  private static boolean hasDotSegment(String name) {
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the size of " + file, e);
    }
  }
}
