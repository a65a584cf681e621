package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
    TreeMap<String, String> headers = new TreeMap<>();
    signedHeaders.forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
    if (!headers.containsKey("content-type") || !headers.containsKey("host")) {
      throw new IllegalArgumentException("TC3 needs at least content-type and host among the signed headers");
    }
    long timestamp = clock.instant().getEpochSecond();
    String date = UTC_DATE.format(Instant.ofEpochSecond(timestamp));

    StringBuilder canonical = new StringBuilder(256).append("POST\n/\n\n");
    headers.forEach((name, value) ->
        canonical.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n'));
    String signedHeaderNames = String.join(";", headers.keySet());
    String canonicalRequest =
        canonical.append('\n').append(signedHeaderNames).append('\n').append(Sha256.hex(payload)).toString();
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
    return Sha256.hex(bytes);
  }

  /**
   * HMAC-SHA256 of the UTF-8 bytes of {@code message} under {@code key} ({@link Sha256#hmac}: the signing key, the
   * same array while the date does not change, keeps each thread's {@code Mac} initialized).
   */
  static byte[] hmac(byte[] key, String message) {
    return Sha256.hmac(key, utf8(message));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
