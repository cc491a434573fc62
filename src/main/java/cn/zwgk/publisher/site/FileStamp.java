package cn.zwgk.publisher.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * What says a file is still the one a build wrote, without reading it: size, modification time, and
 * where the platform has them, the inode and the change time (ctime). The modification time alone
 * proves nothing: {@code cp -p}, {@code rsync -t} and {@code touch -r} put it back after changing
 * the bytes. The ctime cannot be put back (any write, and setting the modification time itself,
 * moves it to now), and a file replaced by a rename has another inode. Where the platform has
 * neither ({@code ctime} and {@code inode} are -1), callers compare the bytes' hash instead.
 */
public record FileStamp(long size, long mtime, long ctime, long inode) {
  /** The stamp of {@code file}; null when it is missing or no regular file. */
  public static FileStamp of(Path file) {
    try {
      Map<String, Object> a =
          Files.readAttributes(
              file,
              "unix:isRegularFile,size,lastModifiedTime,ctime,ino",
              LinkOption.NOFOLLOW_LINKS);
      if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
        return null;
      }
      return new FileStamp(
          (Long) a.get("size"),
          ((FileTime) a.get("lastModifiedTime")).toMillis(),
          nanos((FileTime) a.get("ctime")),
          (Long) a.get("ino"));
    } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
      return basic(file);
    } catch (IOException e) {
      return null;
    }
  }

  private static FileStamp basic(Path file) {
    try {
      BasicFileAttributes a =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile()
          ? new FileStamp(a.size(), a.lastModifiedTime().toMillis(), -1, -1)
          : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static long nanos(FileTime t) {
    return t.to(java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  /** Whether this stamp can tell a changed file apart on its own (else: compare hashes). */
  public boolean isStrong() {
    return ctime >= 0 && inode >= 0;
  }
}
