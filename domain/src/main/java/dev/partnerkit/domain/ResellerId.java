package dev.partnerkit.domain;

import java.util.Objects;

/** The vendor's id of a reseller (partner) account: a Tencent UIN, a Huawei partner or indirect partner id. */
public record ResellerId(String value) {
  public ResellerId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a reseller id must not be blank");
    }
  }

  public static ResellerId of(String value) {
    return new ResellerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
