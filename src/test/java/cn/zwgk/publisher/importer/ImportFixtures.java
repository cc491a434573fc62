package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.config.SiteConfig;
import cn.zwgk.publisher.metadata.SpamWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Shared fixtures of the importer tests: default settings and the seed reports. */
final class ImportFixtures {
  static final String GOLDEN = "golden/";

  static final String[] SEEDS = {
    "000_83b2ffc27f7e01ee",
    "001_172404d6f70d6a77",
    "002_cde1628b69510f98",
    "003_257c0fdce13a2791",
    "004_9aca989e7bab02b7"
  };

  private ImportFixtures() {}

  /** Default site settings, the shipped spam list, an empty issuer registry, fallback year 2025. */
  static ImportSettings settings() {
    return settings(IssuerRegistry.parse(""));
  }

  static ImportSettings settings(IssuerRegistry registry) {
    return new ImportSettings(SiteConfig.parse(""), SpamWords.shipped(), registry, 2025);
  }

  static byte[] resource(String name) {
    try (InputStream in = ImportFixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String seedText(String seed) {
    return new String(resource(GOLDEN + seed + ".txt"), StandardCharsets.UTF_8);
  }

  /** Imports {@code bytes} named {@code name} with the default settings and no completion. */
  static ImportedReport importBytes(String name, byte[] bytes) {
    return new ReportImporter(settings()).importReport(name, bytes, Optional.empty());
  }

  static String fileText(ImportedReport report) {
    return ReportFileWriter.render(report.header(), report.body());
  }

  /** What the CLI prints about a report, one line each: removals, findings, notes, status. */
  static String log(ImportedReport r) {
    StringBuilder out = new StringBuilder();
    r.removals().forEach(x -> out.append(x.format(r.input())).append('\n'));
    r.findings().forEach(x -> out.append(x.format(r.input())).append('\n'));
    r.notes().forEach(x -> out.append(r.input()).append(": note: ").append(x).append('\n'));
    out.append("status=").append(r.header().get("status"));
    out.append(r.missing().isEmpty() ? "" : "; missing " + String.join(", ", r.missing()));
    return out.append('\n').toString();
  }
}
