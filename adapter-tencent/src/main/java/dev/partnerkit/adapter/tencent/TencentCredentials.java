package dev.partnerkit.adapter.tencent;

import dev.partnerkit.domain.Secret;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;

/**
 * A Tencent Cloud API key: the SecretId, the SecretKey and, for temporary (STS) credentials, a session token sent as
 * {@code X-TC-Token}. The key and the token are {@link Secret}s: {@link #toString()} shows the SecretId only.
 *
 * <p>Where credentials come from, in order ({@link #resolve(TencentCredentials, Map)}): the explicit ones, if given;
 * then the environment variables {@value #ENV_SECRET_ID}, {@value #ENV_SECRET_KEY} and, optionally, {@value
 * #ENV_SESSION_TOKEN}.
 */
public final class TencentCredentials {

  /** The environment variable holding the SecretId (the official SDKs read the same one). */
  public static final String ENV_SECRET_ID = "TENCENTCLOUD_SECRET_ID";
  /** The environment variable holding the SecretKey. */
  public static final String ENV_SECRET_KEY = "TENCENTCLOUD_SECRET_KEY";
  /** The environment variable holding the optional session token of temporary credentials. */
  public static final String ENV_SESSION_TOKEN = "TENCENTCLOUD_SESSION_TOKEN";

  private final String secretId;
  private final Secret secretKey;
  private final Secret sessionToken;

  private TencentCredentials(String secretId, Secret secretKey, Secret sessionToken) {
    this.secretId = requireText(secretId, "secretId");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    requireText(secretKey.reveal(), "secretKey");
    if (sessionToken != null) {
      requireText(sessionToken.reveal(), "sessionToken");
    }
    this.sessionToken = sessionToken;
  }

  /**
   * Long-term credentials.
   *
   * @throws IllegalArgumentException if either is blank or contains a control character (the message never shows
   *     the value); a null throws {@link NullPointerException}
   */
  public static TencentCredentials of(String secretId, Secret secretKey) {
    return new TencentCredentials(secretId, secretKey, null);
  }

  /**
   * Temporary credentials: the same key plus a session token, sent as {@code X-TC-Token}.
   *
   * @throws IllegalArgumentException if any is blank or contains a control character
   */
  public static TencentCredentials of(String secretId, Secret secretKey, Secret sessionToken) {
    return new TencentCredentials(secretId, secretKey, Objects.requireNonNull(sessionToken, "sessionToken"));
  }

  /**
   * Reads credentials from {@code environment} (pass {@code System.getenv()} in production, a map in tests).
   *
   * @return none when neither the SecretId nor the SecretKey variable is set
   * @throws IllegalStateException when only one of the two is set (non-blank), naming the missing variable
   */
  public static Option<TencentCredentials> fromEnvironment(Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment");
    String id = nonBlank(environment.get(ENV_SECRET_ID));
    String key = nonBlank(environment.get(ENV_SECRET_KEY));
    String token = nonBlank(environment.get(ENV_SESSION_TOKEN));
    if (id == null && key == null) {
      return Option.none();
    }
    if (id == null || key == null) {
      throw new IllegalStateException(
          "Tencent credentials in the environment are incomplete: "
              + (id == null ? ENV_SECRET_ID : ENV_SECRET_KEY)
              + " is missing or blank");
    }
    return Option.of(
        token == null ? of(id, Secret.of(key)) : of(id, Secret.of(key), Secret.of(token)));
  }

  /**
   * The provider chain: {@code explicit} if it is not null, otherwise the environment.
   *
   * @throws IllegalStateException when no credentials are found, naming what is missing
   */
  public static TencentCredentials resolve(TencentCredentials explicit, Map<String, String> environment) {
    if (explicit != null) {
      return explicit;
    }
    return fromEnvironment(environment)
        .getOrElseThrow(
            () ->
                new IllegalStateException(
                    "No Tencent credentials: none were given explicitly, and the environment variables "
                        + ENV_SECRET_ID
                        + " and "
                        + ENV_SECRET_KEY
                        + " are not set"));
  }

  /** The SecretId (not secret: it names the key, and appears in every Authorization header). */
  public String secretId() {
    return secretId;
  }

  /** The SecretKey; reveal it only to sign. */
  public Secret secretKey() {
    return secretKey;
  }

  /** The session token of temporary credentials, if any. */
  public Option<Secret> sessionToken() {
    return Option.of(sessionToken);
  }

  /** Shows the SecretId and whether there is a session token; never the key or the token. */
  @Override
  public String toString() {
    return "TencentCredentials[secretId="
        + secretId
        + ", secretKey=******"
        + (sessionToken == null ? "" : ", sessionToken=******")
        + "]";
  }

  private static String nonBlank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** Refuses blank values and control characters (a stray newline would break, or leak through, a header). */
  private static String requireText(String s, String name) {
    Objects.requireNonNull(s, name);
    if (s.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException(name + " must not contain control characters such as a line break");
    }
    return s;
  }
}
