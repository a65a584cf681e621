package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Amounts on the wire: positive, at most 2 decimals, at most 2147483647 (spec sections 5.4 and 6). */
final class Money {
  static final BigDecimal MAX = new BigDecimal("2147483647");

  private Money() {}

  /** A required positive amount field. */
  static BigDecimal requiredAmount(JsonNode body, String field) {
    BigDecimal v = Fields.decimal(body, field).orElseThrow(() -> HuaweiError.badParameter("The parameter " + field + " is required."));
    if (v.signum() <= 0 || v.compareTo(MAX) > 0 || v.stripTrailingZeros().scale() > 2) {
      throw HuaweiError.badParameter("The parameter " + field + " must be in (0, 2147483647] with at most 2 decimals.");
    }
    return v.setScale(2);
  }
}
