package dev.partnerkit.ports;

import java.util.Objects;

/**
 * The caller's name for one intended create, so that a retried create (after a timeout, a crash, a redeploy) is
 * recognised and never creates twice. 1 to 128 characters of letters, digits and {@code - _ . :}. Derive it from
 * something stable on your side, such as your own customer id or an import file's name and row number.
 */
public record IdempotencyKey(String value) {
  public IdempotencyKey {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[A-Za-z0-9._:-]{1,128}")) {
      throw new IllegalArgumentException(
          "an idempotency key must be 1 to 128 characters of letters, digits and - _ . :");
    }
  }

  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
