package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local stand-in for IAM's {@code POST /v3/auth/tokens} (password method, domain scope; spec section 11.1) and the
 * check of {@code X-Auth-Token} on BSS calls. Tokens live 24 hours on the sandbox clock.
 */
final class TokenIssuer {
  static final Duration VALIDITY = Duration.ofHours(24);

  private final List<IamUser> users;
  private final String partnerDomainId;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

  TokenIssuer(List<IamUser> users, String partnerDomainId, Clock clock) {
    this.users = List.copyOf(users);
    this.partnerDomainId = partnerDomainId;
    this.clock = clock;
  }

  /** The partner's account (domain) id: what its tokens carry and what an AK/SK caller's {@code X-Domain-Id} must be. */
  String partnerDomainId() {
    return partnerDomainId;
  }


  private record Issued(IamUser user, Instant expiresAt) {}

  /** Answers a token request: 201 with {@code X-Subject-Token}, or 400/401 for a malformed or wrong request. */
  WireResponse issue(WireRequest request) {
    JsonNode identity = request.json().path("auth").path("identity");
    boolean password = false;
    for (JsonNode m : identity.path("methods")) {
      password |= "password".equals(m.asText());
    }
    JsonNode user = identity.path("password").path("user");
    if (!password || !user.path("name").isTextual() || !user.path("password").isTextual()) {
      throw new HuaweiError(400, "IAM.0007", "The request body is invalid: the password method with user name and password is required.");
    }
    String domain = user.path("domain").path("name").asText("");
    IamUser match =
        users.stream()
            .filter(u -> u.userName().equals(user.path("name").asText()) && u.domainName().equals(domain))
            .filter(u -> SdkHmacSha256.same(SdkHmacSha256.sha256Hex(u.password().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                SdkHmacSha256.sha256Hex(user.path("password").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8))))
            .findFirst()
            .orElseThrow(() -> new HuaweiError(401, "IAM.0004", "The username or password is wrong."));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Instant expires = now.plus(VALIDITY);
    byte[] raw = new byte[384];
    random.nextBytes(raw);
    String token = "MII" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    tokens.put(token, new Issued(match, expires));
    return new WireResponse(201, body(match, now, expires), Map.of("X-Subject-Token", token));
  }

  /**
   * IAM's {@code GET /v3/auth/domains}: the partner's account, which the official SDK looks up when it is built with a
   * region and no domain id.
   */
  WireResponse domains() {
    ObjectNode out = Json.object();
    out.putArray("domains").addObject()
        .put("id", partnerDomainId)
        .put("name", users.get(0).domainName())
        .put("enabled", true);
    return WireResponse.ok(out);
  }

  /** The caller for a token; 401 {@code APIGW.0301} when unknown, 401 {@code CBC.0154} when expired. */
  Caller verify(String token) {
    Issued issued = tokens.get(token);
    if (issued == null) {
      throw new HuaweiError(401, "APIGW.0301", "Incorrect IAM authentication information: verify aksk signature fail or decrypt token fail");
    }
    if (!clock.instant().isBefore(issued.expiresAt())) {
      throw new HuaweiError(401, "CBC.0154", "The token is invalid or has expired.");
    }
    return new Caller("iam:" + issued.user().domainName() + "/" + issued.user().userName());
  }

  private ObjectNode body(IamUser user, Instant issuedAt, Instant expiresAt) {
    ObjectNode token = Json.object();
    token.put("expires_at", expiresAt.toString());
    token.put("issued_at", issuedAt.toString());
    token.putArray("methods").add("password");
    ObjectNode domain = token.putObject("domain");
    domain.put("id", partnerDomainId);
    domain.put("name", user.domainName());
    ObjectNode u = token.putObject("user");
    u.put("id", Ids.hex32(user.domainName() + "/" + user.userName()));
    u.put("name", user.userName());
    u.putObject("domain").put("id", partnerDomainId).put("name", user.domainName());
    u.put("password_expires_at", "");
    token.putArray("roles").addObject().put("id", "0").put("name", "te_admin");
    token.putArray("catalog");
    ObjectNode root = Json.object();
    root.set("token", token);
    return root;
  }
}
