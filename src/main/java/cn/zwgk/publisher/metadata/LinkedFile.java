package cn.zwgk.publisher.metadata;

import java.nio.file.Path;

/**
 * A file a report links to that the site publishes beside its page: an attachment named in the
 * {@code attachments} header, or an image shown in the body. Only files of published reports are
 * copied into the site.
 *
 * @param name as the report writes it: the attachment's file name, or the image's {@code src}
 * @param file the source file, which exists and was a regular file when validated
 * @param uri site-relative path of the published copy, e.g. {@code
 *     reports/2024/puqianzhen-2024/原件.pdf}; not URL-encoded
 * @param size length in bytes at validation time
 */
public record LinkedFile(String name, Path file, String uri, long size) {

  /** The extension in lower case without the dot, or "" when the name has none. */
  public String extension() {
    return extensionOf(uri);
  }

  static String extensionOf(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return dot <= slash + 1 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
