package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;

/**
 * The per-item failures of Huawei's batch operations (freeze/unfreeze, coupon issuing, quota grants): answered with
 * HTTP 200 and {@code error_details: [{error_code, error_msg, id}]}, present only when some item failed.
 */
final class ItemErrors {
  private final ArrayNode details = Json.array();

  /** Records that item {@code id} failed with {@code error}. */
  void add(String id, HuaweiError error) {
    details.add(Json.object().put("error_code", error.code()).put("error_msg", error.errorMessage()).put("id", id));
  }

  /** Puts {@code error_details} into {@code answer} when there are any; returns {@code answer}. */
  ObjectNode into(ObjectNode answer) {
    if (!details.isEmpty()) {
      answer.set("error_details", details);
    }
    return answer;
  }
}
