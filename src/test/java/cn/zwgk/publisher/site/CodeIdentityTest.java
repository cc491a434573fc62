package cn.zwgk.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeIdentityTest {
  @TempDir Path dir;

  @Test
  void aChangedClassFileInAClassFolderChangesTheIdentity() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes/cn/x"));
    Files.write(classes.resolve("Sanitizer.class"), new byte[] {1, 2, 3});
    String before = CodeIdentity.of(List.of(dir.resolve("classes")));
    assertEquals(before, CodeIdentity.of(List.of(dir.resolve("classes"))));
    Files.write(classes.resolve("Sanitizer.class"), new byte[] {1, 2, 4}); // same size
    assertNotEquals(before, CodeIdentity.of(List.of(dir.resolve("classes"))));
  }

  @Test
  void aChangedEntryOfAJarChangesTheIdentity() throws IOException {
    Path jar = dir.resolve("publisher.jar");
    writeJar(jar, new byte[] {1, 2, 3});
    String before = CodeIdentity.of(List.of(jar));
    writeJar(jar, new byte[] {1, 2, 4});
    assertNotEquals(before, CodeIdentity.of(List.of(jar)));
  }

  @Test
  void theRunningPublisherHasAnIdentity() {
    assertEquals(64, CodeIdentity.current().length());
  }

  private static void writeJar(Path jar, byte[] classBytes) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("cn/x/Sanitizer.class"));
      out.write(classBytes);
      out.closeEntry();
    }
  }
}
