package cn.zwgk.publisher.paths;

import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One folder that paths taken from input are resolved inside, or refused: the single place that
 * answers "which file does this name mean, and is it inside". A path must first be {@link PlainPath
 * plain}; an existing file must then have its real path (every symlink on the way followed) inside
 * the folder's real path, so a link may point elsewhere inside the folder but never out of it.
 * Immutable and thread-safe; the file system may of course change after a check (a person who can
 * write the source can change the content anyway).
 */
public final class ContainedFolder {
  private final Path folder;
  private final Path real;
  private final String label;

  private ContainedFolder(Path folder, Path real, String label) {
    this.folder = folder;
    this.real = real;
    this.label = label;
  }

  /** {@code folder}, which must exist, named {@code label} in messages (e.g. {@code content/}). */
  public static ContainedFolder of(Path folder, String label) {
    Objects.requireNonNull(label, "label");
    Path abs = folder.toAbsolutePath().normalize();
    try {
      return new ContainedFolder(abs, abs.toRealPath(), label);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + abs, e);
    }
  }

  public Path folder() {
    return folder;
  }

  /** The folder's real path: where its files really are. */
  public Path real() {
    return real;
  }

  public String label() {
    return label;
  }

  /**
   * The file {@code relative} names in this folder, or why it is refused: the name is not plain, or
   * the file exists and its real path leaves the folder. A file that does not exist is returned
   * (the caller reports it missing) when the folder that would hold it is inside.
   */
  public Resolved resolve(String relative) {
    Optional<Text> notPlain = PlainPath.whyNot(relative);
    if (notPlain.isPresent()) {
      return Resolved.refused(Text.of("path.refused", relative, notPlain.get()));
    }
    Path file = folder.resolve(relative);
    return whyOutside(file).map(Resolved::refused).orElseGet(() -> Resolved.at(file));
  }

  /**
   * Why {@code file} (a path under {@link #folder}) is really outside it, or empty: names the first
   * symlink on the way that leads out. For a file that does not exist, its nearest existing folder
   * is checked.
   */
  public Optional<Text> whyOutside(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(folder)) {
      return Optional.of(Text.of("path.outside", abs, label));
    }
    Path existing = abs;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return Optional.of(Text.of("path.outside", abs, label));
    }
    try {
      if (existing.toRealPath().startsWith(real)) {
        return Optional.empty();
      }
    } catch (IOException e) {
      // a broken link on the way: named below like one that leads out
    }
    return Optional.of(leavingLink(existing));
  }

  /** The message for the first link between the folder and {@code file} that leads out. */
  private Text leavingLink(Path file) {
    Path at = folder;
    for (Path part : folder.relativize(file)) {
      at = at.resolve(part);
      if (Files.isSymbolicLink(at)) {
        try {
          Path target = at.toRealPath();
          if (target.startsWith(real)) {
            continue;
          }
        } catch (IOException broken) {
          // falls through: a link that leads nowhere is refused too
        }
        return Text.of(
            "path.symlink",
            label + folder.relativize(at).toString().replace('\\', '/'),
            SourceLinks.leaves(at, Text.literal(label)));
      }
    }
    return Text.of("path.outside", file, label);
  }

  /** A resolved file, or why it was refused. */
  public record Resolved(Optional<Path> file, Optional<Text> problem) {
    static Resolved at(Path file) {
      return new Resolved(Optional.of(file), Optional.empty());
    }

    static Resolved refused(Text problem) {
      return new Resolved(Optional.empty(), Optional.of(problem));
    }
  }
}
