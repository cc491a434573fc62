package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.problem.Text;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;
import com.jcraft.jsch.SftpProgressMonitor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.apache.maven.wagon.ResourceDoesNotExistException;
import org.apache.maven.wagon.WagonException;

/**
 * {@link ServerFiles} over SFTP. Wagon does the listing and downloads; a second {@link ChannelSftp}
 * on Wagon's own JSch session does what Wagon has no call for: {@code posix-rename@openssh.com}
 * (atomic replace), {@code hardlink@openssh.com}, symlinks, stat and removal. Uploads use that
 * channel too: Wagon's {@code put} changes directory through every path component of every file
 * (about 30 round trips per file; see docs/deploy.md), while a put to an absolute path costs four.
 * Not thread-safe.
 */
final class SftpServerFiles implements ServerFiles {
  private static final String POSIX_RENAME = "posix-rename@openssh.com";
  private static final String HARDLINK = "hardlink@openssh.com";

  private final DeployTarget target;
  private final DeploySftpWagon wagon;
  private final Session session;
  private final ChannelSftp channel;
  private Runnable heartbeat = () -> {};

  SftpServerFiles(DeployTarget target, DeploySftpWagon wagon, ChannelSftp channel, boolean create) {
    this.target = target;
    this.wagon = wagon;
    this.session = wagon.session();
    this.channel = channel;
    makeBase(create);
  }

  @Override
  public String describe() {
    return target.toString();
  }

  @Override
  public void makeDirectories(List<String> dirs) {
    for (String dir : dirs) {
      try {
        channel.mkdir(abs(dir));
      } catch (SftpException e) {
        if (!isDirectory(dir)) {
          throw failure(Text.of("deploy.verb.mkdir"), dir, e);
        }
      }
    }
  }

  @Override
  public List<String> list(String dir) {
    try {
      return List.copyOf(wagon.getFileList(dir));
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
    if (isDirectory(dir)) {
      collectSizes(dir, "", sizes);
    }
    return sizes;
  }

  private void collectSizes(String root, String prefix, Map<String, Long> sizes) {
    for (ChannelSftp.LsEntry entry : ls(root + "/" + prefix)) {
      String name = entry.getFilename();
      if (name.equals(".") || name.equals("..")) {
        continue;
      }
      SftpATTRS attrs = entry.getAttrs();
      if (attrs.isDir()) {
        collectSizes(root, prefix + name + "/", sizes);
      } else if (attrs.isReg()) {
        sizes.put(prefix + name, attrs.getSize());
      }
    }
  }

  @Override
  public boolean exists(String path) {
    return lstat(path).isPresent();
  }

  @Override
  public Optional<String> readLink(String path) {
    Optional<SftpATTRS> attrs = lstat(path);
    if (attrs.isEmpty()) {
      return Optional.empty();
    }
    if (!attrs.get().isLink()) {
      throw new DeployException(Text.of("deploy.not_symlink.root", describe(), path));
    }
    try {
      return Optional.of(channel.readlink(abs(path)));
    } catch (SftpException e) {
      throw failure(Text.of("deploy.verb.read_link"), path, e);
    }
  }

  @Override
  public byte[] read(String path) {
    return ServerFiles.readThrough(wagon, describe(), path);
  }

  @Override
  public String sha256(String path) {
    try (InputStream in = channel.get(abs(path))) {
      return ServerFiles.sha256(in, heartbeat);
    } catch (SftpException e) {
      throw failure(Text.of("deploy.verb.read_back"), path, e);
    } catch (IOException e) {
      throw new DeployException(
          Text.of(
              "deploy.server.failed",
              describe(),
              Text.of("deploy.verb.read_back"),
              path,
              e.getMessage()),
          e);
    }
  }

  @Override
  public void upload(Path local, String path, LongConsumer progress) {
    try (InputStream in = Files.newInputStream(local)) {
      channel.put(in, abs(path), new Progress(progress), ChannelSftp.OVERWRITE);
    } catch (SftpException e) {
      throw failure(Text.of("deploy.verb.upload"), path, e);
    } catch (IOException e) {
      throw new DeployException(Text.of("deploy.cannot_read", local, e.getMessage()), e);
    }
  }

  @Override
  public long size(String path) {
    try {
      return channel.stat(abs(path)).getSize();
    } catch (SftpException e) {
      throw failure(Text.of("deploy.verb.size"), path, e);
    }
  }

  @Override
  public void rename(String from, String to) {
    if (channel.getExtension(POSIX_RENAME) == null) {
      throw new DeployException(Text.of("deploy.sftp.no_rename", describe(), POSIX_RENAME));
    }
    try {
      channel.rename(abs(from), abs(to));
    } catch (SftpException e) {
      throw failure(Text.of("deploy.verb.rename", from), to, e);
    }
  }

  @Override
  public boolean hardLink(String existing, String link) {
    if (channel.getExtension(HARDLINK) == null) {
      return false;
    }
    try {
      channel.hardlink(abs(existing), abs(link));
      return true;
    } catch (SftpException e) {
      if (e.id == ChannelSftp.SSH_FX_OP_UNSUPPORTED) {
        return false;
      }
      throw failure(Text.of("deploy.verb.hard_link", existing), link, e);
    }
  }

  @Override
  public void symlink(String target, String link) {
    try {
      // JSch keeps a relative target relative to the working folder, which makeBase() set.
      channel.symlink(target, link);
    } catch (SftpException e) {
      throw failure(Text.of("deploy.verb.symlink"), link, e);
    }
  }

  @Override
  public void remove(String path) {
    Optional<SftpATTRS> attrs = lstat(path);
    if (attrs.isEmpty()) {
      return;
    }
    try {
      if (attrs.get().isDir()) {
        for (ChannelSftp.LsEntry entry : ls(path)) {
          String name = entry.getFilename();
          if (!name.equals(".") && !name.equals("..")) {
            remove(path + "/" + name);
          }
        }
        channel.rmdir(abs(path));
      } else {
        channel.rm(abs(path));
      }
    } catch (SftpException e) {
      throw failure(Text.of("deploy.verb.remove"), path, e);
    }
  }

  @Override
  public void heartbeat(Runnable beat) {
    heartbeat = beat;
  }

  @Override
  public void abort() {
    Thread closer = new Thread(session::disconnect, "deploy-abort");
    closer.setDaemon(true);
    closer.start();
  }

  @Override
  public void close() {
    channel.disconnect();
    try {
      wagon.disconnect();
    } catch (WagonException e) {
      // The deploy's outcome is already decided; a failed goodbye changes nothing on the server.
      session.disconnect();
    }
  }

  private void makeBase(boolean create) {
    StringBuilder dir = new StringBuilder();
    for (String part : target.path().substring(1).split("/")) {
      dir.append('/').append(part);
      try {
        channel.stat(dir.toString());
      } catch (SftpException missing) {
        if (!create) {
          throw ServerFiles.missingFolder(describe());
        }
        try {
          channel.mkdir(dir.toString());
        } catch (SftpException e) {
          throw failure(Text.of("deploy.verb.mkdir_base"), dir.toString(), e);
        }
      }
    }
    try {
      channel.cd(target.path());
    } catch (SftpException e) {
      throw failure(Text.of("deploy.verb.enter_base"), target.path(), e);
    }
  }

  private List<ChannelSftp.LsEntry> ls(String dir) {
    try {
      heartbeat.run();
      return new ArrayList<>(channel.ls(abs(dir)));
    } catch (SftpException e) {
      throw failure(Text.of("deploy.verb.list"), dir, e);
    }
  }

  private boolean isDirectory(String path) {
    return lstat(path).map(SftpATTRS::isDir).orElse(false);
  }

  private Optional<SftpATTRS> lstat(String path) {
    try {
      heartbeat.run();
      return Optional.of(channel.lstat(abs(path)));
    } catch (SftpException e) {
      if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        return Optional.empty();
      }
      throw failure(Text.of("deploy.verb.inspect"), path, e);
    }
  }

  private String abs(String path) {
    return path.isEmpty() ? target.path() : target.path() + "/" + path;
  }

  private DeployException failure(Text verb, String path, SftpException e) {
    return new DeployException(
        Text.of("deploy.server.failed", describe(), verb, path, e.getMessage()), e);
  }

  /** Forwards JSch's byte counts; JSch reports increments, the listener wants totals. */
  private static final class Progress implements SftpProgressMonitor {
    private final LongConsumer listener;
    private long total;

    Progress(LongConsumer listener) {
      this.listener = listener;
    }

    @Override
    public void init(int op, String src, String dest, long max) {}

    @Override
    public boolean count(long count) {
      total += count;
      listener.accept(total);
      return true;
    }

    @Override
    public void end() {}
  }
}
