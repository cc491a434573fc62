package cn.zwgk.publisher.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium ({@code /usr/bin/chromium}) driven through the system chromedriver
 * ({@code /usr/bin/chromedriver}): nothing is downloaded. Each instance has a fresh profile in a
 * temporary folder, deleted on {@link #close()}. One instance is meant to be shared by the tests of
 * a class; it is not thread-safe.
 */
public final class HeadlessChromium implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Selenium warns that it bundles no DevTools bindings for this Chromium version; the raw CDP
   * commands used here need none. Held so java.util.logging keeps the level (it holds loggers
   * weakly).
   */
  private static final java.util.logging.Logger CDP_VERSION_LOG = quietCdpVersionWarning();

  private static java.util.logging.Logger quietCdpVersionWarning() {
    java.util.logging.Logger log =
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    log.setLevel(java.util.logging.Level.SEVERE);
    return log;
  }

  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private HeadlessChromium(int width, int height) throws IOException {
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(
            p
                + " is missing: run src/test/sh/install-system-packages.sh (chromium, chromium-driver)");
      }
    }
    this.profile = Files.createTempDirectory("chromium-profile-");
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
        "--disable-extensions",
        "--disable-default-apps",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--lang=zh-CN",
        "--force-device-scale-factor=1",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    this.service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    ChromeDriver started;
    try {
      started = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteProfile();
      throw e;
    }
    this.driver = started;
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  /** Starts a browser whose window is 1280 × 900 CSS pixels. */
  public static HeadlessChromium start() {
    return start(1280, 900);
  }

  /** Starts a browser whose window is {@code width} × {@code height} CSS pixels. */
  public static HeadlessChromium start(int width, int height) {
    try {
      HeadlessChromium chromium = new HeadlessChromium(width, height);
      chromium.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
      return chromium;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a Chromium profile folder", e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Sends one Chrome DevTools Protocol command and returns its result. */
  public Map<String, Object> cdp(String command, Map<String, Object> params) {
    return driver.executeCdpCommand(command, params);
  }

  /**
   * Emulates a device viewport of {@code width} × {@code height} CSS pixels; {@code mobile} makes
   * Chromium honour the page's viewport meta tag and overlay scrollbars, as a phone does.
   */
  public void emulateViewport(int width, int height, boolean mobile) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("width", width);
    params.put("height", height);
    params.put("deviceScaleFactor", 1);
    params.put("mobile", mobile);
    cdp("Emulation.setDeviceMetricsOverride", params);
  }

  /** Back to the window's own viewport. */
  public void clearViewportEmulation() {
    cdp("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * Prints the current page to PDF the way the browser's print dialog does, with the paper size and
   * margins the page's CSS {@code @page} rule asks for.
   */
  public byte[] printToPdf() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("preferCSSPageSize", true);
    params.put("printBackground", true);
    params.put("displayHeaderFooter", false);
    Map<String, Object> result = cdp("Page.printToPDF", params);
    return Base64.getDecoder().decode((String) result.get("data"));
  }

  /**
   * Writes a PNG of the whole page (not only the viewport) to {@code file}, creating its folder.
   */
  public void screenshot(Path file) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("format", "png");
    params.put("captureBeyondViewport", true);
    Map<String, Object> metrics = cdp("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip = new LinkedHashMap<>();
    clip.put("x", 0);
    clip.put("y", 0);
    clip.put("width", ((Number) size.get("width")).doubleValue());
    clip.put("height", Math.min(((Number) size.get("height")).doubleValue(), 16000));
    clip.put("scale", 1);
    params.put("clip", clip);
    Map<String, Object> shot = cdp("Page.captureScreenshot", params);
    write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** Writes {@code bytes} to {@code file}, creating its folder. */
  public static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
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
    try (Stream<Path> walk = Files.walk(profile)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + profile, e);
    }
  }
}
