package dev.partnerkit.adapter.huawei;

import dev.partnerkit.domain.Secret;
import java.time.Instant;
import java.util.Objects;

/** An IAM token and when it expires. {@link #toString()} hides the token. */
record IamToken(Secret value, Instant expiresAt) {
  IamToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "IamToken[******, expiresAt=" + expiresAt + "]";
  }
}
