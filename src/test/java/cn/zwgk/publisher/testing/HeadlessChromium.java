package cn.zwgk.publisher.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system Chromium (Debian {@code chromium}, {@code /usr/bin/chromium}) in headless mode, driven
 * through the system chromedriver ({@code chromium-driver}, {@code /usr/bin/chromedriver}): nothing
 * is downloaded. Each instance has a fresh profile in a temporary folder, deleted on {@link
 * #close}. {@code src/test/sh/install-system-packages.sh} installs both packages before the
 * integration tests. Not thread-safe (one WebDriver session).
 */
public final class HeadlessChromium implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Selenium warns that it has no DevTools binding for the newest Chromium; these tests use only
   * WebDriver, so the warning is noise. Held here because java.util.logging forgets levels of
   * loggers nobody references.
   */
  private static final java.util.logging.Logger CDP_LOG = quietCdpWarning();

  private static java.util.logging.Logger quietCdpWarning() {
    java.util.logging.Logger log =
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    log.setLevel(java.util.logging.Level.SEVERE);
    return log;
  }

  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private HeadlessChromium(int width, int height) throws IOException {
    for (Path p : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(
            p
                + " is missing (expected Debian chromium and chromium-driver;"
                + " run src/test/sh/install-system-packages.sh)");
      }
    }
    this.profile = Files.createTempDirectory("chromium-profile-");
    this.service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=zh-CN",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    ChromeDriver started;
    try {
      started = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteProfile();
      throw e;
    }
    this.driver = started;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Starts Chromium with a {@code width} × {@code height} CSS-pixel window. */
  public static HeadlessChromium start(int width, int height) {
    try {
      return new HeadlessChromium(width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a Chromium profile folder", e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the Chromium profile " + profile, e);
    }
  }
}
