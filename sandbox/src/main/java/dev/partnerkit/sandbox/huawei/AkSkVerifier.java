package dev.partnerkit.sandbox.huawei;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies an {@code Authorization: SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...} header the way
 * Huawei's API gateway does (spec section 11.4): rebuild the canonical request from the received method, path, query,
 * signed headers and raw body; HMAC it with the access key's secret; compare in constant time. {@code X-Sdk-Date} must
 * be within 15 minutes of the sandbox clock. As on Huawei's gateway, 5 consecutive failures of one access key lock it
 * for 5 minutes (every call with it is then {@code APIGW.0301}); a success resets the count.
 */
final class AkSkVerifier {
  static final Duration MAX_SKEW = Duration.ofMinutes(15);
  static final int FAILURES_BEFORE_LOCK = 5;
  static final Duration LOCK = Duration.ofMinutes(5);
  private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private final Map<String, String> secretsByAccessKey;
  private final Clock clock;
  private final Map<String, Failures> failures = new java.util.concurrent.ConcurrentHashMap<>();

  private record Failures(int count, Instant lockedUntil) {}

  AkSkVerifier(Map<String, String> secretsByAccessKey, Clock clock) {
    this.secretsByAccessKey = Map.copyOf(secretsByAccessKey);
    this.clock = clock;
  }

  /**
   * The checks the Authorization header alone allows, before the body is read: its form, the access key known and not
   * locked; a 401 {@link HuaweiError} otherwise. {@link #verify} repeats them.
   */
  void checkHeaders(String authorization) {
    Authorization auth = Authorization.parse(authorization).orElseThrow(() -> incorrect("the Authorization header is malformed"));
    if (!secretsByAccessKey.containsKey(auth.accessKey())) {
      throw incorrect("the access key is unknown");
    }
    Failures before = failures.get(auth.accessKey());
    if (before != null && before.lockedUntil() != null && clock.instant().isBefore(before.lockedUntil())) {
      throw incorrect("the access key is locked after " + FAILURES_BEFORE_LOCK + " consecutive authentication failures");
    }
  }

  /** The caller, or a 401 {@link HuaweiError}: {@code APIGW.0301} for bad signatures, {@code APIGW.0303} for skew. */
  Caller verify(WireRequest request, String authorization) {
    Authorization auth = Authorization.parse(authorization).orElseThrow(() -> incorrect("the Authorization header is malformed"));
    String secret = secretsByAccessKey.get(auth.accessKey());
    if (secret == null) {
      throw incorrect("the access key is unknown");
    }
    Failures before = failures.get(auth.accessKey());
    if (before != null && before.lockedUntil() != null && clock.instant().isBefore(before.lockedUntil())) {
      throw incorrect("the access key is locked after " + FAILURES_BEFORE_LOCK + " consecutive authentication failures");
    }
    try {
      Caller caller = check(request, auth, secret);
      failures.remove(auth.accessKey());
      return caller;
    } catch (HuaweiError e) {
      failures.compute(auth.accessKey(), (k, f) -> {
        int count = (f == null || f.lockedUntil() != null ? 0 : f.count()) + 1;
        return new Failures(count, count >= FAILURES_BEFORE_LOCK ? clock.instant().plus(LOCK) : null);
      });
      throw e;
    }
  }

  private Caller check(WireRequest request, Authorization auth, String secret) {
    String date = request.header("x-sdk-date").orElseThrow(() -> dateError("X-Sdk-Date is missing"));
    Instant signedAt;
    try {
      signedAt = LocalDateTime.parse(date, SDK_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw dateError("X-Sdk-Date is not yyyyMMdd'T'HHmmss'Z'");
    }
    if (Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
      throw dateError("X-Sdk-Date is more than 15 minutes away from the gateway time");
    }
    Map<String, String> signed = new LinkedHashMap<>();
    for (String name : auth.signedHeaders()) {
      signed.put(name, request.header(name).orElse(""));
    }
    String payloadHash = request.header("x-sdk-content-sha256").orElseGet(() -> SdkHmacSha256.sha256Hex(request.body()));
    String canonical = CanonicalRequest.of(request.method(), request.path(), request.query(), signed, payloadHash);
    String expected = SdkHmacSha256.signature(secret, SdkHmacSha256.stringToSign(date, canonical));
    if (!SdkHmacSha256.same(expected, auth.signature())) {
      throw incorrect("the signature does not match");
    }
    return new Caller("ak:" + auth.accessKey());
  }

  private static HuaweiError incorrect(String why) {
    return new HuaweiError(401, "APIGW.0301", "Incorrect IAM authentication information: " + why);
  }

  private static HuaweiError dateError(String why) {
    return new HuaweiError(401, "APIGW.0303", "Incorrect app authentication information: " + why);
  }

  /** The parsed parts of the {@code Authorization} header. */
  record Authorization(String accessKey, List<String> signedHeaders, String signature) {
    static Optional<Authorization> parse(String header) {
      if (!header.startsWith(SdkHmacSha256.ALGORITHM + " ")) {
        return Optional.empty();
      }
      Map<String, String> parts = new LinkedHashMap<>();
      for (String part : header.substring(SdkHmacSha256.ALGORITHM.length() + 1).split(",")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          parts.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
      }
      String ak = parts.get("Access");
      String headers = parts.get("SignedHeaders");
      String signature = parts.get("Signature");
      if (ak == null || headers == null || signature == null || headers.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Authorization(ak, List.of(headers.toLowerCase(java.util.Locale.ROOT).split(";")), signature));
    }
  }
}
