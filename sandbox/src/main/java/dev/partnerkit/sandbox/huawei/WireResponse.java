package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What the front door answers: a status, optional JSON body and extra headers. */
record WireResponse(int status, JsonNode body, Map<String, String> headers) {

  /** 200 with {@code body}. */
  static WireResponse ok(JsonNode body) {
    return new WireResponse(200, body, Map.of());
  }

  /** 204 No Content, as Huawei answers SendVerificationMessageCode and UpdateSubCustomerBudget. */
  static WireResponse noContent() {
    return new WireResponse(204, null, Map.of());
  }

  WireResponse withHeader(String name, String value) {
    var copy = new java.util.LinkedHashMap<>(headers);
    copy.put(name, value);
    return new WireResponse(status, body, Map.copyOf(copy));
  }
}
