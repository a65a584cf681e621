package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON helpers shared by every handler: parsing request bodies, reading fields with Huawei's "absent, {@code null} or
 * {@code ""} means not given" rule, and building snake_case answers.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Parses a request body that must be a JSON object; an empty body is an empty object. */
  static ObjectNode parseObject(byte[] body) {
    if (body == null || body.length == 0) {
      return object();
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        return object();
      }
      if (!node.isObject()) {
        throw HuaweiError.badParameter("The request body must be a JSON object.");
      }
      return (ObjectNode) node;
    } catch (IOException e) {
      throw HuaweiError.badParameter("The request body is not valid JSON.");
    }
  }

  static JsonNode read(InputStream in) throws IOException {
    return MAPPER.readTree(in);
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A string field that was given: present, not null, not {@code ""}. A non-string value is a parameter error. */
  static Optional<String> text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw HuaweiError.badParameter("The parameter " + field + " must be a string.");
    }
    return v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText());
  }

  /** A string field, present as given ({@code ""} included) or absent. */
  static Optional<String> rawText(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw HuaweiError.badParameter("The parameter " + field + " must be a string.");
    }
    return Optional.of(v.asText());
  }

  static String requiredText(JsonNode body, String field, int maxLength) {
    String v = text(body, field).orElseThrow(() -> HuaweiError.badParameter("The parameter " + field + " is required."));
    if (v.length() > maxLength) {
      throw HuaweiError.badParameter("The parameter " + field + " must be at most " + maxLength + " characters.");
    }
    return v;
  }

  /** An integer field; a string or fraction is a parameter error. */
  static Optional<Integer> integer(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw HuaweiError.badParameter("The parameter " + field + " must be an integer.");
    }
    return Optional.of(v.intValue());
  }

  /** A decimal amount field (a JSON number). */
  static Optional<BigDecimal> decimal(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isNumber()) {
      throw HuaweiError.badParameter("The parameter " + field + " must be a number.");
    }
    if ((v.isDouble() || v.isFloat()) && !Double.isFinite(v.doubleValue())) {
      throw HuaweiError.badParameter("The parameter " + field + " is out of range.");
    }
    BigDecimal d = v.decimalValue();
    if (!dev.partnerkit.sandbox.shared.WireNumbers.bounded(d)) {
      throw HuaweiError.badParameter("The parameter " + field + " is out of range.");
    }
    return Optional.of(d);
  }

  /** A list of strings; absent or {@code null} is an empty list. */
  static List<String> textList(JsonNode body, String field) {
    JsonNode v = body.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw HuaweiError.badParameter("The parameter " + field + " must be a list.");
    }
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw HuaweiError.badParameter("The parameter " + field + " must be a list of strings.");
      }
      out.add(item.asText());
    }
    return out;
  }
}
