package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.HttpExchange;
import io.vavr.control.Either;
import java.util.Map;

/** Adds credentials to a request about to be sent; called afresh for every attempt. */
interface RequestAuthenticator {

  /** The headers to add to {@code request} (as it stands, with every other header already set). */
  Either<HuaweiCallFailure, Map<String, String>> authenticate(SigningRequest request);

  /** Huawei refused the credentials (HTTP 401): forget anything cached so that the next call starts afresh. */
  default void onRefused() {}

  /** The authenticator for {@code config}'s credentials. */
  static RequestAuthenticator forConfig(HuaweiConfig config, HttpExchange http) {
    HuaweiCredentials credentials = config.credentials();
    if (credentials instanceof HuaweiCredentials.AkSk akSk) {
      return new AkSkAuthenticator(akSk, new AkSkSigner(config.clock()));
    }
    HuaweiCredentials.IamPassword user = (HuaweiCredentials.IamPassword) credentials;
    return new TokenCache(
        new IamTokenSource(config, user, http)::issue, config.clock(), config.tokenRenewalMargin());
  }
}
