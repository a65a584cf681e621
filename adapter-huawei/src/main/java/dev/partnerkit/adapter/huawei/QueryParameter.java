package dev.partnerkit.adapter.huawei;

import java.util.Objects;

/** One decoded query parameter; a key with several values appears once per value. */
record QueryParameter(String key, String value) {
  QueryParameter {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
