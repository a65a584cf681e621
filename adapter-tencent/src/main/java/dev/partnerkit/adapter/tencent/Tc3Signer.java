package dev.partnerkit.adapter.tencent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TC3-HMAC-SHA256, the TencentCloud API 3.0 signature (spec section 5.3). Signs a POST to {@code /} with an empty
 * query string; the caller chooses the signed headers ({@code content-type} and {@code host} at least, which is what
 * the official SDKs sign). The time comes from the injected {@link Clock}, read once per signature; the credential
 * scope date is the UTC date of that time.
 *
 * <p>Thread-safe: sign every attempt afresh. The signing key derived from the SecretKey, the date and the service
 * (three HMACs) is kept for the last combination used, so that a signature costs one HMAC while the date does not
 * change; it lives only in memory and is never shown.
 */
final class Tc3Signer {

  static final String ALGORITHM = "TC3-HMAC-SHA256";
  private static final DateTimeFormatter UTC_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private final Clock clock;
  private volatile SigningKey lastKey;

  /** The derived key for one secret, date and service. */
  private record SigningKey(dev.partnerkit.domain.Secret secret, String date, String service, byte[] key) {
    boolean isFor(dev.partnerkit.domain.Secret s, String d, String svc) {
      return secret == s && date.equals(d) && service.equals(svc);
    }

    @Override
    public String toString() {
      return "SigningKey[" + date + "/" + service + ", ******]";
    }
  }

  Tc3Signer(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Signs one request.
   *
   * @param credentials who signs (the session token, if any, is not signed: it travels as {@code X-TC-Token})
   * @param service the credential-scope service, e.g. {@code intlpartnersmgt}
   * @param signedHeaders the headers to sign, by name (any case) to value exactly as they will be sent; must contain
   *     {@code content-type} and {@code host}
   * @param payload the exact body bytes that will be sent
   */
  Tc3Signature sign(TencentCredentials credentials, String service, Map<String, String> signedHeaders, byte[] payload) {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(payload, "payload");
    SortedMap<String, String> headers = new TreeMap<>();
    signedHeaders.forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
    if (!headers.containsKey("content-type") || !headers.containsKey("host")) {
      throw new IllegalArgumentException("TC3 needs at least content-type and host among the signed headers");
    }
    long timestamp = clock.instant().getEpochSecond();
    String date = UTC_DATE.format(Instant.ofEpochSecond(timestamp));

    String canonicalHeaders =
        headers.entrySet().stream()
            .map(e -> e.getKey() + ":" + e.getValue().trim().toLowerCase(Locale.ROOT) + "\n")
            .collect(Collectors.joining());
    String signedHeaderNames = String.join(";", headers.keySet());
    String canonicalRequest =
        "POST\n/\n\n" + canonicalHeaders + "\n" + signedHeaderNames + "\n" + sha256Hex(payload);
    String scope = date + "/" + service + "/tc3_request";
    String stringToSign =
        ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + sha256Hex(utf8(canonicalRequest));

    String signature = HEX.formatHex(hmac(signingKey(credentials.secretKey(), date, service), stringToSign));

    String authorization =
        ALGORITHM
            + " Credential="
            + credentials.secretId()
            + "/"
            + scope
            + ", SignedHeaders="
            + signedHeaderNames
            + ", Signature="
            + signature;
    return new Tc3Signature(timestamp, canonicalRequest, stringToSign, signature, authorization);
  }

  /** SecretSigning = HMAC(HMAC(HMAC("TC3" + SecretKey, date), service), "tc3_request"), from the last one if it fits. */
  private byte[] signingKey(dev.partnerkit.domain.Secret secretKey, String date, String service) {
    SigningKey last = lastKey;
    if (last != null && last.isFor(secretKey, date, service)) {
      return last.key();
    }
    byte[] secretDate = hmac(utf8("TC3" + secretKey.reveal()), date);
    byte[] secretService = hmac(secretDate, service);
    byte[] secretSigning = hmac(secretService, "tc3_request");
    lastKey = new SigningKey(secretKey, date, service, secretSigning);
    return secretSigning;
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  static String sha256Hex(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** HMAC-SHA256 of the UTF-8 bytes of {@code message} under {@code key}. */
  static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(utf8(message));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
