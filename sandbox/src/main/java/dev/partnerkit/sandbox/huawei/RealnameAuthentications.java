package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.sandbox.shared.Json;

/**
 * Real-name verification submitted by the partner for a customer (spec section 7, "Other"): individual, enterprise,
 * and the change from individual to enterprise. A submission puts the customer under review ({@code verified_status
 * "0"}, answer {@code is_review: 1}); a second one while under review is {@code CBC.99007188}. The review result
 * reports {@code review_result 0} (under review) for a submitted customer.
 */
final class RealnameAuthentications {
  static final String UNDER_REVIEW = "0";

  private RealnameAuthentications() {}

  static OperationHandler individual() {
    return submit(false, "customer_id", "identify_type", "name", "verified_number", "xaccount_type");
  }

  static OperationHandler enterprise() {
    return submit(false, "customer_id", "identify_type", "corp_name", "verified_number", "xaccount_type");
  }

  static OperationHandler changeToEnterprise() {
    return submit(true, "customer_id", "identify_type", "corp_name", "verified_number", "xaccount_type");
  }

  static OperationHandler reviewResult() {
    return (request, book) -> {
      String id = request.queryParameter("customer_id").orElseThrow(() -> HuaweiError.badParameter("The parameter customer_id is required."));
      SubCustomer c = book.requireOurs(id, java.util.Optional.empty());
      if (c.verifiedStatus.equals("-1")) {
        throw HuaweiError.badParameter("No real-name authentication was submitted for customer " + id + ".");
      }
      return WireResponse.ok(Json.object().put("review_result", 0).put("opinion", ""));
    };
  }

  private static OperationHandler submit(boolean change, String... required) {
    return (request, book) -> {
      JsonNode body = request.json();
      for (String field : required) {
        if (!body.hasNonNull(field) || body.get(field).asText().isEmpty()) {
          throw HuaweiError.badParameter("The parameter " + field + " is required.");
        }
      }
      SubCustomer c = book.requireOurs(Fields.requiredText(body, "customer_id", 64), java.util.Optional.empty());
      if (c.verifiedStatus.equals(UNDER_REVIEW) && !change) {
        throw new HuaweiError(400, "CBC.99007188", "The customer has been verified or the verification is under review.");
      }
      c.verifiedStatus = UNDER_REVIEW;
      return WireResponse.ok(Json.object().put("is_review", 1));
    };
  }
}
