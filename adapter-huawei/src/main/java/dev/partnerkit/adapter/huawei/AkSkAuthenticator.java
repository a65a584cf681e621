package dev.partnerkit.adapter.huawei;

import dev.partnerkit.domain.Secret;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs every request with {@code SDK-HMAC-SHA256}, signing the headers the official SDK signs: {@code host},
 * {@code user-agent}, {@code x-domain-id} (when a domain id is configured) and {@code x-sdk-date}.
 */
final class AkSkAuthenticator implements RequestAuthenticator {

  static final String X_DOMAIN_ID = "X-Domain-Id";

  private final String accessKey;
  private final Secret secretKey;
  private final String domainId;
  private final AkSkSigner signer;

  AkSkAuthenticator(HuaweiCredentials.AkSk credentials, AkSkSigner signer) {
    this.accessKey = credentials.accessKey();
    this.secretKey = credentials.secretKey();
    this.domainId = credentials.domainId();
    this.signer = signer;
  }

  @Override
  public Either<HuaweiCallFailure, Map<String, String>> authenticate(SigningRequest request) {
    Map<String, String> added = new LinkedHashMap<>();
    SigningRequest toSign = request;
    if (domainId != null) {
      added.put(X_DOMAIN_ID, domainId);
      Map<String, String> headers = new LinkedHashMap<>(request.headers());
      headers.put(X_DOMAIN_ID, domainId);
      toSign = new SigningRequest(
          request.method(), request.authority(), request.path(), request.query(), headers, request.body());
    }
    added.putAll(signer.sign(toSign, accessKey, secretKey));
    return Either.right(added);
  }

  @Override
  public String toString() {
    return "AkSkAuthenticator[accessKey=" + accessKey + "]";
  }
}
