package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;

/**
 * A Huawei error answer: HTTP status, {@code error_code} and {@code error_msg}, thrown by handlers and turned into
 * {@code {"error_code": "...", "error_msg": "..."}} by the dispatcher. {@link #extra} carries additional body fields
 * (CreateSubCustomer's {@code CBC.99000050} also returns {@code domain_id} and {@code domain_name}).
 */
final class HuaweiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String errorMessage;
  private final transient ObjectNode extra;

  HuaweiError(int status, String code, String message) {
    this(status, code, message, null);
  }

  HuaweiError(int status, String code, String message, ObjectNode extra) {
    super(code + ": " + message, null, false, false);
    this.status = status;
    this.code = code;
    this.errorMessage = message;
    this.extra = extra;
  }

  /** 400 {@code CBC.0100}: a parameter is missing or out of range. */
  static HuaweiError badParameter(String message) {
    return new HuaweiError(400, "CBC.0100", message);
  }

  /** 400 {@code CBC.99000035}: the customer is not one of the partner's (associated) customers. */
  static HuaweiError notYourCustomer(String customerId) {
    return new HuaweiError(400, "CBC.99000035", "The customer " + customerId + " is not your sub-customer.");
  }

  /** 400 {@code CBC.99000037}: no permission to operate this cloud reseller. */
  static HuaweiError noSuchReseller() {
    return new HuaweiError(400, "CBC.99000037", "You have no permission to operate this cloud reseller.");
  }

  /** 400 {@code CBC.99005024}: the customer is not in the reseller model this operation needs. */
  static HuaweiError wrongAssociationType() {
    return new HuaweiError(400, "CBC.99005024", "The API cannot be invoked because the association type of the customer is incorrect.");
  }

  String errorMessage() {
    return errorMessage;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** The error body. */
  ObjectNode body() {
    ObjectNode node = Json.object();
    node.put("error_code", code);
    node.put("error_msg", errorMessage);
    if (extra != null) {
      node.setAll(extra);
    }
    return node;
  }
}
