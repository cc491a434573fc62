package cn.zwgk.publisher.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainedFolderTest {
  @Test
  void resolvesAPlainFileInside(@TempDir Path dir) throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("a.png"), "x");
    var resolved = ContainedFolder.of(content, "content/").resolve("a.png");
    assertEquals(Optional.of(content.resolve("a.png")), resolved.file());
  }

  @Test
  void followsALinkThatStaysInside(@TempDir Path dir) throws IOException {
    Path content = Files.createDirectories(dir.resolve("content/b"));
    Files.writeString(content.resolve("real.png"), "x");
    Files.createSymbolicLink(content.resolve("link.png"), Path.of("real.png"));
    assertTrue(
        ContainedFolder.of(dir.resolve("content"), "content/")
            .resolve("b/link.png")
            .problem()
            .isEmpty());
  }

  @Test
  void namesTheLinkThatLeadsOut(@TempDir Path dir) throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(dir.resolve("secret"), "x");
    Files.createSymbolicLink(content.resolve("folder"), dir);
    var resolved = ContainedFolder.of(content, "content/").resolve("folder/secret");
    assertEquals(
        "content/folder is a symlink to "
            + dir
            + " leaves content/ or leads nowhere (expected a plain file or folder, or a link to"
            + " one inside content/; links out of the source are never followed)",
        resolved.problem().orElseThrow().toString());
  }

  @Test
  void aFileNotThereYetIsJudgedByTheFolderThatWouldHoldIt(@TempDir Path dir) throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.createSymbolicLink(content.resolve("out"), dir);
    ContainedFolder folder = ContainedFolder.of(content, "content/");
    assertTrue(folder.resolve("new/x.png").problem().isEmpty());
    assertTrue(folder.resolve("out/new/x.png").problem().isPresent());
  }

  @Test
  void theFolderMayItselfBeReachedThroughALink(@TempDir Path dir) throws IOException {
    Path real = Files.createDirectories(dir.resolve("real/content"));
    Files.writeString(real.resolve("a.png"), "x");
    Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("real"));
    assertTrue(
        ContainedFolder.of(dir.resolve("alias/content"), "content/")
            .resolve("a.png")
            .problem()
            .isEmpty());
  }
}
