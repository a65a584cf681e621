package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.adapter.support.HttpExchange;
import dev.partnerkit.domain.Secret;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gets a domain-scoped token from IAM: {@code POST /v3/auth/tokens?nocatalog=true} with the IAM user's password; the
 * token comes back in the {@code X-Subject-Token} header and its expiry in {@code token.expires_at} (spec 11.1).
 */
final class IamTokenSource {

  static final String OPERATION = "IAM.KeystoneCreateUserTokenByPassword";
  static final String PATH = "/v3/auth/tokens";

  private final URI tokenUri;
  private final String userAgent;
  private final HuaweiCredentials.IamPassword user;
  private final HttpExchange http;

  IamTokenSource(HuaweiConfig config, HuaweiCredentials.IamPassword user, HttpExchange http) {
    this.tokenUri = URI.create(config.iamEndpoint() + PATH + "?nocatalog=true");
    this.userAgent = config.userAgent();
    this.user = user;
    this.http = http;
  }

  /** A fresh token, or why there is none. */
  Either<HuaweiCallFailure, IamToken> issue() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json;charset=utf8");
    headers.put("User-Agent", userAgent);
    return http.send("POST", tokenUri, headers, body())
        .mapLeft(failure -> Failures.fromTransport(OPERATION, false, failure))
        .flatMap(this::token);
  }

  private Either<HuaweiCallFailure, IamToken> token(HttpExchange.Answer answer) {
    if (!answer.isSuccess()) {
      return Either.left(Failures.fromAnswer(OPERATION, false, answer));
    }
    String token = answer.header("X-Subject-Token").getOrNull();
    if (token == null || token.isBlank()) {
      return Either.left(Failures.malformed(OPERATION, false, answer, "IAM answered without X-Subject-Token"));
    }
    try {
      JsonNode expires = WireJson.MAPPER.readTree(answer.body()).path("token").path("expires_at");
      if (!expires.isTextual()) {
        return Either.left(Failures.malformed(OPERATION, false, answer, "IAM answered without token.expires_at"));
      }
      return Either.right(new IamToken(Secret.of(token), OffsetDateTime.parse(expires.asText()).toInstant()));
    } catch (IOException | DateTimeParseException e) {
      return Either.left(Failures.malformed(OPERATION, false, answer, "IAM token body unreadable"));
    }
  }

  private byte[] body() {
    ObjectNode root = WireJson.MAPPER.createObjectNode();
    ObjectNode auth = root.putObject("auth");
    ObjectNode identity = auth.putObject("identity");
    identity.putArray("methods").add("password");
    ObjectNode userNode = identity.putObject("password").putObject("user");
    userNode.put("name", user.userName());
    userNode.put("password", user.password().reveal());
    userNode.putObject("domain").put("name", user.domainName());
    auth.putObject("scope").putObject("domain").put("name", user.domainName());
    try {
      return WireJson.MAPPER.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the IAM token request", null);
    }
  }


  @Override
  public String toString() {
    return "IamTokenSource[" + tokenUri + ", user=" + user.userName() + "]";
  }
}
