package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.maven.wagon.ResourceDoesNotExistException;
import org.apache.maven.wagon.WagonException;
import org.apache.maven.wagon.providers.file.FileWagon;
import org.apache.maven.wagon.repository.Repository;

/**
 * {@link ServerFiles} on a local folder ({@code file:///…}), for a web server on the same machine
 * or a mounted document root. Wagon's file provider does put, get and list; {@code java.nio.file}
 * does the symlink, the atomic rename ({@code rename(2)}), hard links and removal. Not thread-safe.
 */
final class LocalServerFiles implements ServerFiles {
  private final DeployTarget target;
  private final Path base;
  private final FileWagon wagon = new FileWagon();

  /** Opens the deploy folder; with {@code create} a missing one is created, else refused. */
  LocalServerFiles(DeployTarget target, boolean create) {
    this.target = target;
    this.base = Path.of(target.path());
    if (!create && !Files.isDirectory(base)) {
      throw ServerFiles.missingFolder(describe());
    }
    try {
      Files.createDirectories(base);
      wagon.connect(new Repository("deploy", "file://" + target.path()));
    } catch (IOException | WagonException e) {
      throw new DeployException(Text.of("deploy.local.base", base, e.getMessage()), e);
    }
  }

  @Override
  public String describe() {
    return target.toString();
  }

  @Override
  public void makeDirectories(List<String> dirs) {
    for (String dir : dirs) {
      try {
        Files.createDirectories(resolve(dir));
      } catch (IOException e) {
        throw failure(Text.of("deploy.verb.mkdir"), dir, e);
      }
    }
  }

  @Override
  public List<String> list(String dir) {
    if (!Files.isDirectory(resolve(dir))) {
      return List.of();
    }
    try {
      return wagon.getFileList(dir).stream().filter(n -> !n.isEmpty()).toList();
    } catch (ResourceDoesNotExistException e) {
      return List.of();
    } catch (WagonException e) {
      throw new DeployException(
          Text.of(
              "deploy.server.failed", describe(), Text.of("deploy.verb.list"), dir, e.getMessage()),
          e);
    }
  }

  @Override
  public Map<String, Long> sizes(String dir) {
    Map<String, Long> sizes = new TreeMap<>();
    Path root = resolve(dir);
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return sizes;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        BasicFileAttributes attrs =
            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isRegularFile()) {
          sizes.put(root.relativize(file).toString().replace('\\', '/'), attrs.size());
        }
      }
    } catch (IOException e) {
      throw failure(Text.of("deploy.verb.list"), dir, e);
    }
    return sizes;
  }

  @Override
  public boolean exists(String path) {
    return Files.exists(resolve(path), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public Optional<String> readLink(String path) {
    Path link = resolve(path);
    if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isSymbolicLink(link)) {
      throw new DeployException(Text.of("deploy.not_symlink", describe(), path));
    }
    try {
      return Optional.of(Files.readSymbolicLink(link).toString());
    } catch (IOException e) {
      throw failure(Text.of("deploy.verb.read_link"), path, e);
    }
  }

  @Override
  public byte[] read(String path) {
    return ServerFiles.readThrough(wagon, describe(), path);
  }

  @Override
  public String sha256(String path) {
    try (java.io.InputStream in = Files.newInputStream(resolve(path), LinkOption.NOFOLLOW_LINKS)) {
      return ServerFiles.sha256(in, () -> {});
    } catch (IOException e) {
      throw failure(Text.of("deploy.verb.read_back"), path, e);
    }
  }

  @Override
  public void upload(Path local, String path, LongConsumer progress) {
    try {
      wagon.put(local.toFile(), path);
    } catch (WagonException e) {
      throw new DeployException(
          Text.of(
              "deploy.server.failed",
              describe(),
              Text.of("deploy.verb.upload"),
              path,
              e.getMessage()),
          e);
    }
    progress.accept(local.toFile().length());
  }

  @Override
  public long size(String path) {
    try {
      return Files.size(resolve(path));
    } catch (IOException e) {
      throw failure(Text.of("deploy.verb.size"), path, e);
    }
  }

  @Override
  public void rename(String from, String to) {
    try {
      Files.move(resolve(from), resolve(to), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw failure(Text.of("deploy.verb.rename", from), to, e);
    }
  }

  @Override
  public boolean hardLink(String existing, String link) {
    try {
      Files.createLink(resolve(link), resolve(existing));
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    } catch (FileSystemException e) {
      if (e.getReason() != null && e.getReason().contains("cross-device")) {
        return false;
      }
      throw failure(Text.of("deploy.verb.hard_link", existing), link, e);
    } catch (IOException e) {
      throw failure(Text.of("deploy.verb.hard_link", existing), link, e);
    }
  }

  @Override
  public void symlink(String target, String link) {
    try {
      Files.createSymbolicLink(resolve(link), Path.of(target));
    } catch (IOException e) {
      throw failure(Text.of("deploy.verb.symlink"), link, e);
    }
  }

  @Override
  public void remove(String path) {
    Path root = resolve(path);
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (DirectoryNotEmptyException e) {
      throw failure(Text.of("deploy.verb.remove_changed"), path, e);
    } catch (IOException e) {
      throw failure(Text.of("deploy.verb.remove"), path, e);
    }
  }

  @Override
  public void heartbeat(Runnable beat) {
    // Local calls do not wait on a peer; there is nothing to keep alive.
  }

  @Override
  public void abort() {
    // Local file operations cannot hang on a peer; nothing to drop.
  }

  @Override
  public void close() {
    try {
      wagon.disconnect();
    } catch (WagonException e) {
      // Nothing is held open by the file provider; the outcome is already decided.
    }
  }

  private Path resolve(String path) {
    return path.isEmpty() ? base : base.resolve(path);
  }

  private DeployException failure(Text verb, String path, IOException e) {
    return new DeployException(
        Text.of("deploy.server.failed", describe(), verb, path, e.getMessage()), e);
  }
}
