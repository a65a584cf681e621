package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The error fields of a failed answer, in any of the shapes Huawei uses: {@code {"error_code","error_msg"}} (BSS),
 * {@code {"code","message"}}, or {@code {"error":{"code","message"}}} (API gateway and IAM). CBC.99000050 answers also
 * carry {@code domain_id} and {@code domain_name}. Fields are null when absent; a body that is not a JSON object
 * yields an empty {@code ErrorBody}.
 */
record ErrorBody(String code, String message, String domainId, String domainName) {

  private static final int MAX_MESSAGE = 1000;

  static ErrorBody parse(byte[] body) {
    JsonNode root;
    try {
      root = body.length == 0 ? null : WireJson.MAPPER.readTree(body);
    } catch (IOException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      return new ErrorBody(null, null, null, null);
    }
    String code = text(root, "error_code");
    String message = text(root, "error_msg");
    if (code == null && message == null) {
      code = text(root, "code");
      message = text(root, "message");
    }
    JsonNode nested = root.get("error");
    if (code == null && message == null && nested != null && nested.isObject()) {
      code = text(nested, "code");
      message = text(nested, "message");
    }
    return new ErrorBody(code, truncate(message), text(root, "domain_id"), text(root, "domain_name"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }

  private static String truncate(String message) {
    return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "...";
  }
}
