package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.WireTime;
import java.time.ZoneOffset;

/** Tencent's response envelope: every answer is {@code {"Response":{...,"RequestId":"<uuid>"}}} with HTTP 200. */
final class Envelope {

  /** Times as Tencent writes them: {@code yyyy-MM-dd HH:mm:ss} in Beijing time (UTC+08:00). */
  static final WireTime TIME = WireTime.of("yyyy-MM-dd HH:mm:ss", ZoneOffset.ofHours(8));

  private final ObjectMapper json;

  Envelope(ObjectMapper json) {
    this.json = json;
  }

  /** A success: the action's output fields, then the RequestId. */
  byte[] success(ObjectNode output, String requestId) {
    ObjectNode response = json.createObjectNode();
    response.setAll(output);
    response.put("RequestId", requestId);
    return write(response);
  }

  /** An error: only Error and RequestId, no output fields. */
  byte[] error(String code, String message, String requestId) {
    ObjectNode response = json.createObjectNode();
    ObjectNode error = response.putObject("Error");
    error.put("Code", code);
    error.put("Message", message);
    response.put("RequestId", requestId);
    return write(response);
  }

  private byte[] write(ObjectNode response) {
    ObjectNode root = json.createObjectNode();
    root.set("Response", response);
    try {
      return json.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
