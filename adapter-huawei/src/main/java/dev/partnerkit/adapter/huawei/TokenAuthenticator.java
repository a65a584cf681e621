package dev.partnerkit.adapter.huawei;

import io.vavr.control.Either;
import java.util.Map;

/** Adds {@code X-Auth-Token} from the {@link TokenCache}; forgets the token when Huawei refuses it. */
final class TokenAuthenticator implements RequestAuthenticator {

  static final String X_AUTH_TOKEN = "X-Auth-Token";

  private final TokenCache tokens;

  TokenAuthenticator(TokenCache tokens) {
    this.tokens = tokens;
  }

  @Override
  public Either<HuaweiCallFailure, Map<String, String>> authenticate(SigningRequest request) {
    return tokens.token().map(token -> Map.of(X_AUTH_TOKEN, token.reveal()));
  }

  @Override
  public void onRefused() {
    tokens.invalidate();
  }

  @Override
  public String toString() {
    return "TokenAuthenticator";
  }
}
