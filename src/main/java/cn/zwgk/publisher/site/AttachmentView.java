package cn.zwgk.publisher.site;

import cn.zwgk.publisher.metadata.LinkedFile;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * An attachment as the report page lists it: {@code 原件.pdf（PDF，1.2 MB）}.
 *
 * @param name the file name as the report states it
 * @param href site-relative URL, percent-encoded where a URL needs it (Chinese letters are kept)
 * @param type the file type to show, e.g. {@code PDF}
 * @param mimeType for the link's {@code type} attribute; empty when unknown
 * @param size the human-readable size, e.g. {@code 1.2 MB}
 */
public record AttachmentView(String name, String href, String type, String mimeType, String size) {
  private static final Map<String, String> MIME_TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("ofd", "application/ofd"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("rtf", "application/rtf"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("txt", "text/plain"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
          Map.entry("csv", "text/csv"),
          Map.entry("ppt", "application/vnd.ms-powerpoint"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
          Map.entry("zip", "application/zip"),
          Map.entry("7z", "application/x-7z-compressed"),
          Map.entry("rar", "application/vnd.rar"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("png", "image/png"));

  static AttachmentView of(LinkedFile file) {
    String extension = file.extension();
    return new AttachmentView(
        file.name(),
        encodePath(file.uri()),
        extension.toUpperCase(Locale.ROOT),
        MIME_TYPES.getOrDefault(extension, ""),
        humanSize(file.size()));
  }

  /** Bytes as people read them: {@code 512 B}, {@code 3.4 KB}, {@code 120 KB}, {@code 1.2 MB}. */
  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB"};
    double value = bytes;
    int unit = -1;
    do {
      value /= 1024;
      unit++;
    } while (value >= 1024 && unit < units.length - 1);
    String number =
        value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.valueOf(Math.round(value));
    return number + " " + units[unit];
  }

  /**
   * Percent-encodes what a URL path cannot hold as is (spaces, %, #, ?, quotes, …), keeping ASCII
   * letters, digits, {@code /-._~} and non-ASCII letters, which browsers encode themselves.
   */
  static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    path.codePoints()
        .forEach(
            cp -> {
              boolean keep =
                  cp > 127 && Character.isLetterOrDigit(cp)
                      || cp < 128 && (Character.isLetterOrDigit(cp) || "/-._~".indexOf(cp) >= 0);
              if (keep) {
                out.appendCodePoint(cp);
              } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                  out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
              }
            });
    return out.toString();
  }
}
