package cn.zwgk.publisher.deploy;

import cn.zwgk.publisher.problem.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * Reads the login for a server id from Maven's {@code settings.xml} with Maven's own libraries: the
 * settings builder (so {@code ${env.X}} and {@code ${user.home}} are interpolated as Maven does)
 * and the settings decrypter over plexus-sec-dispatcher (so passwords and passphrases encrypted
 * with {@code mvn --encrypt-password} are decrypted with the master password of {@code
 * settings-security.xml}). Stateless and thread-safe.
 */
public final class MavenSettingsCredentials {
  private static final Pattern SECRET_ELEMENT =
      Pattern.compile("<(password|passphrase)>(.*?)(</|$)", Pattern.DOTALL);

  private MavenSettingsCredentials() {}

  /** Where Maven itself looks: {@code ~/.m2/settings.xml}. */
  public static Path defaultSettingsFile() {
    return Path.of(System.getProperty("user.home"), ".m2", "settings.xml");
  }

  /**
   * Where Maven itself looks: {@code -Dsettings.security}, else {@code
   * ~/.m2/settings-security.xml}.
   */
  public static Path defaultSecurityFile() {
    String configured = System.getProperty(DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION);
    return configured != null
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".m2", "settings-security.xml");
  }

  /**
   * The decrypted login of {@code <server><id>serverId</id>…} in {@code settingsFile}.
   *
   * @param env environment variables offered to {@code ${env.X}} (the process environment in the
   *     CLI)
   */
  public static Credentials read(
      Path settingsFile, Path securityFile, String serverId, Map<String, String> env) {
    Objects.requireNonNull(serverId, "serverId");
    if (!Files.isRegularFile(settingsFile)) {
      throw new DeployException(Text.of("deploy.maven.no_settings", settingsFile, serverId));
    }
    Server server = find(build(settingsFile, env), settingsFile, serverId);
    String where = "server \"" + serverId + "\" in " + settingsFile;
    // Before decrypting: the decrypter would take "${env.X}" for an encrypted "{…}" value.
    resolved(server.getUsername(), "username", where);
    resolved(server.getPassword(), "password", where);
    resolved(server.getPassphrase(), "passphrase", where);
    resolved(server.getPrivateKey(), "privateKey", where);
    return fromDecrypted(decrypt(server, settingsFile, securityFile), where);
  }

  /**
   * The login of a {@code <server>} entry that Maven already read and decrypted (the Maven plugin
   * gets it from Maven's own {@code SettingsDecrypter}); checked as {@link #read} checks it.
   *
   * @param where the entry, for messages: {@code server "id" in settings.xml}
   */
  public static Credentials fromDecrypted(Server decrypted, String where) {
    String username = resolved(decrypted.getUsername(), "username", where);
    if (username == null) {
      throw new DeployException(Text.of("deploy.maven.no_username", where));
    }
    Optional<String> key =
        Optional.ofNullable(resolved(decrypted.getPrivateKey(), "privateKey", where));
    Optional<String> password =
        Optional.ofNullable(resolved(decrypted.getPassword(), "password", where));
    Optional<String> passphrase =
        Optional.ofNullable(resolved(decrypted.getPassphrase(), "passphrase", where));
    if (key.isEmpty() && password.isEmpty()) {
      throw new DeployException(Text.of("deploy.maven.no_login", where));
    }
    Optional<Path> keyFile = key.map(Path::of);
    if (keyFile.isPresent() && !Files.isReadable(keyFile.get())) {
      throw new DeployException(Text.of("deploy.maven.no_key_file", where, keyFile.get()));
    }
    return new Credentials(
        username,
        keyFile,
        keyFile.isPresent() ? passphrase : Optional.empty(),
        keyFile.isPresent() ? Optional.empty() : password,
        where);
  }

  private static Settings build(Path settingsFile, Map<String, String> env) {
    Properties system = new Properties();
    system.putAll(System.getProperties());
    env.forEach((name, value) -> system.setProperty("env." + name, value));
    DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
    request.setUserSettingsFile(settingsFile.toFile());
    request.setSystemProperties(system);
    try {
      return new DefaultSettingsBuilderFactory()
          .newInstance()
          .build(request)
          .getEffectiveSettings();
    } catch (SettingsBuildingException e) {
      SettingsProblem first = e.getProblems().get(0);
      // No cause kept: the XML parser's messages quote the text around the error, which may be a
      // <password>; the message is cut before that quote and redacted all the same.
      throw new DeployException(
          Text.of(
              "deploy.maven.invalid",
              settingsFile + ":" + Math.max(first.getLineNumber(), 0),
              Secrets.redact(withoutQuote(first.getMessage()), rawSecrets(settingsFile))));
    }
  }

  /** A parser message without its {@code (position: … seen …)} quote of the document. */
  static String withoutQuote(String message) {
    String out = message == null ? "" : message;
    for (String cut : List.of(" (position:", "(position:", " seen ")) {
      int at = out.indexOf(cut);
      if (at >= 0) {
        out = out.substring(0, at);
      }
    }
    return out.strip();
  }

  /**
   * The text of every {@code <password>} and {@code <passphrase>} in the raw file, for redacting
   * messages about a file too broken to be read as settings.
   */
  static List<String> rawSecrets(Path settingsFile) {
    try {
      String text = Files.readString(settingsFile);
      List<String> out = new ArrayList<>();
      Matcher m = SECRET_ELEMENT.matcher(text);
      while (m.find()) {
        out.add(m.group(2).trim());
      }
      return out;
    } catch (IOException | RuntimeException unreadable) {
      return List.of();
    }
  }

  private static Server find(Settings settings, Path settingsFile, String serverId) {
    Server server = settings.getServer(serverId);
    if (server == null) {
      throw new DeployException(Text.of("deploy.maven.no_server", serverId, settingsFile));
    }
    return server;
  }

  private static Server decrypt(Server server, Path settingsFile, Path securityFile) {
    DefaultSecDispatcher dispatcher =
        new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), securityFile.toString());
    SettingsDecryptionResult result =
        new DefaultSettingsDecrypter(dispatcher)
            .decrypt(new DefaultSettingsDecryptionRequest(server));
    if (!result.getProblems().isEmpty()) {
      throw new DeployException(
          Text.of("deploy.maven.decrypt", server.getId(), settingsFile, securityFile));
    }
    return result.getServer();
  }

  private static final Set<String> SECRET_FIELDS = Set.of("password", "passphrase");
  private static final Pattern ENV_EXPRESSION = Pattern.compile("\\$\\{env\\.[A-Za-z0-9_]+}");

  /** The value, or null when absent; an unresolved {@code ${…}} is an error naming the field. */
  private static String resolved(String value, String field, String where) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int start = value.indexOf("${");
    if (start >= 0) {
      int end = value.indexOf('}', start);
      String expression = end > start ? value.substring(start, end + 1) : value.substring(start);
      if (SECRET_FIELDS.contains(field) && !ENV_EXPRESSION.matcher(expression).matches()) {
        // A literal password may contain "${"; only the documented ${env.NAME} form is quoted.
        expression = "an unset ${…} expression";
      }
      throw new DeployException(Text.of("deploy.maven.unset", where, field, expression));
    }
    return value.trim();
  }
}
