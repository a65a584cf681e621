package dev.partnerkit.adapter.tencent.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small helpers shared by the generated wire records. */
final class WireValues {

  private WireValues() {}

  /** An unmodifiable copy of {@code list} (null elements allowed, as the vendor may send them); null stays null. */
  static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** {@code ******} for a set value, {@code null} for an unset one: what a secret field shows in toString. */
  static String mask(String secret) {
    return secret == null ? "null" : "******";
  }
}
