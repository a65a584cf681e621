package dev.partnerkit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A value that must never be shown: a password, a verification code, a secret key, a token. {@link #toString()}
 * prints {@code ******}; the value is only read, deliberately, through {@link #reveal()}. Equality compares in
 * constant time.
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** Wraps {@code value}; it must not be null. */
  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The secret itself. Call it only where the value leaves for the vendor (a request body, a signature). */
  public String reveal() {
    return value;
  }

  /** The number of UTF-16 characters in the secret; safe to log. */
  public int length() {
    return value.length();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), s.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return 0x5ec7e7; // deliberately constant: a hash would leak information about the value
  }

  @Override
  public String toString() {
    return "******";
  }
}
