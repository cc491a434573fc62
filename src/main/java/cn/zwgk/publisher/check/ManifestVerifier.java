package cn.zwgk.publisher.check;

import cn.zwgk.publisher.manifest.SiteManifest;
import cn.zwgk.publisher.problem.ExplainedException;
import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Tamper detection after deploy: compares a deployed copy, file by file, with the manifest the
 * build wrote ({@code SITE/.manifest.json}: SHA-256 and size of every published file), and reports
 * every file changed, added or removed there. A deployed copy of the manifest itself must equal the
 * build's.
 */
public final class ManifestVerifier {
  static final String RULE = "manifest";

  /**
   * Verifies {@code deployed} against the manifest of the build in {@code site}. {@code deployed}
   * may be a symlink to the copy, as the {@code current} link that deploy switches is: the folder
   * it points to is compared (links inside the copy are not followed).
   */
  public CheckResult verify(Path site, Path deployed) {
    if (!Files.isDirectory(deployed)) {
      throw new ExplainedException(Text.of("check.verify.not_folder", deployed), null);
    }
    try {
      deployed = deployed.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + deployed, e);
    }
    SiteManifest built = SiteManifest.read(site);
    SiteManifest found = SiteManifest.scan(deployed);
    Map<String, SiteManifest.Entry> expected = built.entries();
    Map<String, SiteManifest.Entry> actual = found.entries();
    List<Finding> findings = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(expected.keySet());
    paths.addAll(actual.keySet());
    for (String path : paths) {
      SiteManifest.Entry want = expected.get(path);
      SiteManifest.Entry have = actual.get(path);
      if (want == null) {
        findings.add(
            finding(path, Text.of("check.verify.added"), Text.of("check.verify.added.advice")));
      } else if (have == null) {
        findings.add(
            finding(path, Text.of("check.verify.removed"), Text.of("check.verify.removed.advice")));
      } else if (!want.sha256().equals(have.sha256())) {
        findings.add(
            finding(
                path,
                Text.of(
                    "check.verify.changed",
                    have.sha256().substring(0, 12),
                    want.sha256().substring(0, 12),
                    have.size(),
                    want.size()),
                Text.of("check.verify.changed.advice")));
      }
    }
    verifyManifestCopy(site, deployed, findings);
    return new CheckResult(findings, paths.size(), "files");
  }

  private static void verifyManifestCopy(Path site, Path deployed, List<Finding> findings) {
    Path copy = deployed.resolve(SiteManifest.FILE_NAME);
    if (!Files.isRegularFile(copy)) {
      return;
    }
    try {
      if (!SiteManifest.sha256(copy)
          .equals(SiteManifest.sha256(site.resolve(SiteManifest.FILE_NAME)))) {
        findings.add(
            finding(
                SiteManifest.FILE_NAME,
                Text.of("check.verify.manifest"),
                Text.of("check.verify.manifest.advice")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + copy, e);
    }
  }

  private static Finding finding(String path, Text message, Text advice) {
    return new Finding(RULE, Severity.ERROR, path, "", 0, message, advice);
  }
}
