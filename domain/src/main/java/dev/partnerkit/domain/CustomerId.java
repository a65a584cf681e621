package dev.partnerkit.domain;

import java.util.Objects;

/** The vendor's id of a customer account: a Tencent UIN, a Huawei {@code domain_id}. */
public record CustomerId(String value) {
  public CustomerId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a customer id must not be blank");
    }
  }

  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
