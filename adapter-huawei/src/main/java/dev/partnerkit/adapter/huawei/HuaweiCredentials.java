package dev.partnerkit.adapter.huawei;

import dev.partnerkit.domain.Secret;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;

/**
 * How the adapter authenticates to Huawei Cloud: an access key pair ({@link AkSk}, recommended by Huawei, signs every
 * request with {@code SDK-HMAC-SHA256}) or an IAM user's password ({@link IamPassword}, exchanged for an
 * {@code X-Auth-Token} that is cached and renewed). {@code toString()} never shows a secret key or a password.
 *
 * <p>Where credentials come from, in order ({@link #resolve(HuaweiCredentials, Map)}): the explicit ones, if given;
 * then the environment variables {@value #ENV_AK}, {@value #ENV_SK} and, optionally, {@value #ENV_DOMAIN_ID}, the
 * names the official SDKs use.
 */
public sealed interface HuaweiCredentials {

  /** The environment variable holding the access key. */
  String ENV_AK = "HUAWEICLOUD_SDK_AK";
  /** The environment variable holding the secret key. */
  String ENV_SK = "HUAWEICLOUD_SDK_SK";
  /** The environment variable holding the partner account (domain) id; optional. */
  String ENV_DOMAIN_ID = "HUAWEICLOUD_SDK_DOMAIN_ID";

  /** An access key pair; {@code domainId} (the partner account id), when known, is sent as {@code X-Domain-Id}. */
  static AkSk akSk(String accessKey, Secret secretKey) {
    return new AkSk(accessKey, secretKey, null);
  }

  /** An IAM user of the partner account {@code domainName}, with its password, for token authentication. */
  static IamPassword iamPassword(String userName, Secret password, String domainName) {
    return new IamPassword(userName, password, domainName);
  }

  /**
   * An AK/SK pair from {@code environment} (pass {@code System.getenv()}, or a map in tests).
   *
   * @return none when neither {@value #ENV_AK} nor {@value #ENV_SK} is set
   * @throws IllegalStateException when one is set without the other (the message names both, never a value)
   */
  static Option<HuaweiCredentials> fromEnvironment(Map<String, String> environment) {
    String ak = nonBlank(environment.get(ENV_AK));
    String sk = nonBlank(environment.get(ENV_SK));
    if (ak == null && sk == null) {
      return Option.none();
    }
    if (ak == null || sk == null) {
      throw new IllegalStateException(ak == null ? ENV_SK + " is set but " + ENV_AK + " is not (or is blank)"
          : ENV_AK + " is set but " + ENV_SK + " is not (or is blank)");
    }
    return Option.of(akSk(ak, Secret.of(sk)).withDomainId(nonBlank(environment.get(ENV_DOMAIN_ID))));
  }

  /**
   * {@code explicit} if it is not null, otherwise the environment's.
   *
   * @throws IllegalStateException when no credentials are found, or the environment holds half of them
   */
  static HuaweiCredentials resolve(HuaweiCredentials explicit, Map<String, String> environment) {
    if (explicit != null) {
      return explicit;
    }
    return fromEnvironment(environment).getOrElseThrow(() -> new IllegalStateException(
        "no Huawei Cloud credentials found: none were given explicitly, and the environment has neither " + ENV_AK
            + " nor " + ENV_SK));
  }

  /**
   * An access key pair.
   *
   * @param accessKey the AK, sent in clear in every {@code Authorization} header
   * @param secretKey the SK, only ever used as the HMAC key
   * @param domainId the partner account id sent as {@code X-Domain-Id}, or null to send none
   */
  record AkSk(String accessKey, Secret secretKey, String domainId) implements HuaweiCredentials {

    /** Checks that the AK and SK are given and not blank. */
    public AkSk {
      requireText(accessKey, "access key (AK)");
      Objects.requireNonNull(secretKey, "secret key (SK) is missing");
      if (secretKey.reveal().isBlank()) {
        throw new IllegalArgumentException("secret key (SK) is blank");
      }
      if (domainId != null && domainId.isBlank()) {
        domainId = null;
      }
    }

    /** The same key pair, sending {@code domainId} as {@code X-Domain-Id}. */
    public AkSk withDomainId(String domainId) {
      return new AkSk(accessKey, secretKey, domainId);
    }

    /** The partner account id, if given. */
    public Option<String> optionalDomainId() {
      return Option.of(domainId);
    }

    @Override
    public String toString() {
      return "AkSk[accessKey=" + accessKey + ", secretKey=******, domainId=" + domainId + "]";
    }
  }

  /**
   * An IAM user's name and password, exchanged at IAM ({@code POST /v3/auth/tokens}, domain scope) for a token.
   *
   * @param userName the IAM user name
   * @param password the IAM user's password, only ever written into the token request body
   * @param domainName the partner account name the user belongs to (also the token's scope)
   */
  record IamPassword(String userName, Secret password, String domainName) implements HuaweiCredentials {

    /** Checks that every part is given and not blank. */
    public IamPassword {
      requireText(userName, "IAM user name");
      Objects.requireNonNull(password, "IAM password is missing");
      if (password.reveal().isBlank()) {
        throw new IllegalArgumentException("IAM password is blank");
      }
      requireText(domainName, "IAM domain (account) name");
    }

    @Override
    public String toString() {
      return "IamPassword[userName=" + userName + ", password=******, domainName=" + domainName + "]";
    }
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static void requireText(String value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " is missing");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
  }
}
