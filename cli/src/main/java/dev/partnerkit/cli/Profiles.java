package dev.partnerkit.cli;

import dev.partnerkit.domain.HuaweiSite;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The profiles of a config file, a Java properties file (UTF-8):
 *
 * <pre>
 * default-profile = sandbox
 * profile.sandbox.vendor = tencent
 * profile.sandbox.endpoint = http://127.0.0.1:8080
 * profile.sandbox.allow-insecure-http = true
 * profile.sandbox.page-size = 100
 * profile.sandbox.secret-id-env = SANDBOX_SECRET_ID
 * profile.sandbox.secret-key-env = SANDBOX_SECRET_KEY
 * profile.hw.vendor = huawei
 * profile.hw.site = INTERNATIONAL
 * profile.hw.access-key-env = HUAWEICLOUD_SDK_AK
 * profile.hw.secret-key-env = HUAWEICLOUD_SDK_SK
 * profile.hw.postgres-url-env = PARTNERKIT_POSTGRES_URL
 * </pre>
 *
 * Credentials are named by environment variable only; a setting that would hold a secret itself is refused.
 */
final class Profiles {

  static final String DEFAULT_PROFILE = "default-profile";
  private static final String PREFIX = "profile.";
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Set<String> SETTINGS = Set.of("vendor", "site", "endpoint", "allow-insecure-http", "page-size",
      "secret-id-env", "secret-key-env", "session-token-env", "access-key-env", "domain-id-env",
      "postgres-url-env");
  /** Settings that would hold a credential itself; the config names variables instead. */
  private static final Set<String> LITERAL_SECRETS = Set.of("secret-id", "secret-key", "session-token", "token",
      "access-key", "ak", "sk", "secret", "password", "key", "domain-id", "credentials");

  private final Path file;
  private final Properties properties;

  private Profiles(Path file, Properties properties) {
    this.file = file;
    this.properties = properties;
  }

  /** Reads the config file; a missing or unreadable file, or one that holds a literal secret, is bad usage. */
  static Profiles load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw CliException.badInput("no config file at " + file + ": create one (see 'partnerkit --help' and the "
          + "README's Command line section) or give --config FILE");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw CliException.badInput("cannot read the config file " + file + ": " + e.getMessage());
    }
    Profiles profiles = new Profiles(file, properties);
    profiles.checkKeys();
    return profiles;
  }

  /** The profile named {@code requested}, else the config's default profile, else the only profile. */
  Profile select(Optional<String> requested) {
    Set<String> names = names();
    String name = requested.or(() -> Optional.ofNullable(properties.getProperty(DEFAULT_PROFILE)).map(String::trim))
        .orElseGet(() -> {
          if (names.size() == 1) {
            return names.iterator().next();
          }
          throw CliException.badInput("the config file " + file + " has " + (names.isEmpty() ? "no profiles"
              : "the profiles " + names) + "; choose one with --profile NAME (or set " + DEFAULT_PROFILE + ")");
        });
    if (!names.contains(name)) {
      throw CliException.badInput("no profile " + Shown.quoted(name) + " in " + file + (names.isEmpty() ? " (it has none)"
          : "; it has " + names));
    }
    return profile(name);
  }

  private Profile profile(String name) {
    String vendorText = setting(name, "vendor").orElseThrow(() -> invalid(name, "sets no vendor (tencent or huawei)"));
    Profile.VendorKind vendor;
    try {
      vendor = Profile.VendorKind.valueOf(vendorText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(name, "has a vendor that is neither tencent nor huawei");
    }
    Optional<HuaweiSite> site = setting(name, "site").map(s -> {
      try {
        return HuaweiSite.valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw invalid(name, "has a site that is neither CHINA nor INTERNATIONAL");
      }
    });
    if (vendor == Profile.VendorKind.HUAWEI && site.isEmpty()) {
      throw invalid(name, "is a Huawei profile without a site (CHINA or INTERNATIONAL)");
    }
    if (vendor == Profile.VendorKind.TENCENT && site.isPresent()) {
      throw invalid(name, "is a Tencent profile; 'site' is for Huawei only");
    }
    boolean tencent = vendor == Profile.VendorKind.TENCENT;
    for (String huaweiOnly : Set.of("access-key-env", "domain-id-env")) {
      if (tencent && setting(name, huaweiOnly).isPresent()) {
        throw invalid(name, "is a Tencent profile; '" + huaweiOnly + "' is for Huawei (use secret-id-env)");
      }
    }
    for (String tencentOnly : Set.of("secret-id-env", "session-token-env")) {
      if (!tencent && setting(name, tencentOnly).isPresent()) {
        throw invalid(name, "is a Huawei profile; '" + tencentOnly + "' is for Tencent (use access-key-env)");
      }
    }
    String insecure = setting(name, "allow-insecure-http").orElse("false");
    if (!insecure.equalsIgnoreCase("true") && !insecure.equalsIgnoreCase("false")) {
      throw invalid(name, "has an allow-insecure-http that is neither true nor false");
    }
    return new Profile(name, vendor, site, endpoint(name, Boolean.parseBoolean(insecure)),
        variable(name, tencent ? "secret-id-env" : "access-key-env")
            .orElse(tencent ? "TENCENTCLOUD_SECRET_ID" : "HUAWEICLOUD_SDK_AK"),
        variable(name, "secret-key-env").orElse(tencent ? "TENCENTCLOUD_SECRET_KEY" : "HUAWEICLOUD_SDK_SK"),
        variable(name, tencent ? "session-token-env" : "domain-id-env"),
        Boolean.parseBoolean(insecure), pageSize(name), variable(name, "postgres-url-env"));
  }

  private Optional<Integer> pageSize(String name) {
    return setting(name, "page-size").map(text -> {
      try {
        int size = Integer.parseInt(text);
        if (size >= 1 && size <= 100) {
          return size;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw invalid(name, "has a page-size that is not a number from 1 to 100");
    });
  }

  /**
   * The endpoint, checked here so that no message quotes it: user info, a query or a fragment may hold a secret, and
   * plain http needs {@code allow-insecure-http = true}.
   */
  private Optional<String> endpoint(String name, boolean allowInsecureHttp) {
    return setting(name, "endpoint").map(text ->
        checkedEndpoint(text, allowInsecureHttp, problem -> invalid(name, "has an endpoint " + problem)));
  }

  /**
   * {@code text} if it is an endpoint partnerkit may use, else {@code refusal} of what is wrong (the endpoint itself
   * is never quoted: its user info or query may hold a secret).
   */
  static String checkedEndpoint(String text, boolean allowInsecureHttp,
      java.util.function.Function<String, CliException> refusal) {
    java.net.URI uri;
    try {
      uri = java.net.URI.create(text.contains("://") ? text : "https://" + text);
    } catch (IllegalArgumentException e) {
      throw refusal.apply("that is not a URL (give https://host[:port])");
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw refusal.apply("with user info (user:password@), a query or a fragment; it is not shown, as it may hold a "
          + "secret. Give https://host[:port] only: credentials come from the variables named by the *-env "
          + "settings");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw refusal.apply("that is not an https://host[:port] URL");
    }
    if (scheme.equals("http") && !allowInsecureHttp) {
      throw refusal.apply("with plain http://; only https is allowed unless the profile sets allow-insecure-http = "
          + "true (for a local sandbox on loopback only)");
    }
    return text;
  }

  private Set<String> names() {
    Set<String> names = new TreeSet<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith(PREFIX)) {
        names.add(key.substring(PREFIX.length(), key.lastIndexOf('.')));
      }
    }
    return names;
  }

  /** Every key is known; none holds a credential itself. */
  private void checkKeys() {
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (key.equals(DEFAULT_PROFILE)) {
        continue;
      }
      int dot = key.lastIndexOf('.');
      if (!key.startsWith(PREFIX) || dot <= PREFIX.length()) {
        throw CliException.badInput("the config file " + file + " has the unknown key " + Shown.quoted(key)
            + "; keys are " + DEFAULT_PROFILE + " and profile.NAME.SETTING (a line without '=' is read as a key)");
      }
      String profile = key.substring(PREFIX.length(), dot);
      String setting = key.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (!NAME.matcher(profile).matches()) {
        throw CliException.badInput("the config file " + file + " has a profile name " + Shown.quoted(profile)
            + " that is not letters, digits, - and _");
      }
      if (LITERAL_SECRETS.contains(setting)) {
        throw CliException.badInput("the config file " + file + " sets '" + key + "' directly; it seems to hold a "
            + "secret, and the config file must not. Name the environment variable that holds it instead: '"
            + PREFIX + profile + "." + setting + "-env = VARIABLE_NAME'");
      }
      if (!SETTINGS.contains(setting)) {
        throw CliException.badInput("the config file " + file + " has the unknown setting " + Shown.quoted(setting)
            + (Shown.mayShow(profile) ? " in profile '" + profile + "'" : "") + "; settings are "
            + new TreeSet<>(SETTINGS));
      }
    }
  }

  private Optional<String> setting(String profile, String setting) {
    return Optional.ofNullable(properties.getProperty(PREFIX + profile + "." + setting))
        .map(String::trim).filter(s -> !s.isEmpty());
  }

  /** A credential variable's name; a value that is not a variable name may be a pasted secret and is not shown. */
  private Optional<String> variable(String profile, String setting) {
    Optional<String> value = setting(profile, setting);
    value.ifPresent(v -> {
      if (!VARIABLE.matcher(v).matches()) {
        throw invalid(profile, "has a '" + setting + "' that is not an environment variable name (letters, digits "
            + "and _); it may be a secret pasted in, so it is not shown. Give the variable's name");
      }
    });
    return value;
  }

  private CliException invalid(String profile, String problem) {
    return CliException.badInput("profile '" + profile + "' in " + file + " " + problem);
  }

  /** Where the config file is: the flag, else {@code PARTNERKIT_CONFIG}, else {@code ~/.partnerkit/config.properties}. */
  static Path location(Optional<Path> flag, Map<String, String> environment) {
    return flag.or(() -> Optional.ofNullable(environment.get("PARTNERKIT_CONFIG")).filter(s -> !s.isBlank()).map(Path::of))
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".partnerkit", "config.properties"));
  }
}
