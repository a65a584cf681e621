package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import dev.partnerkit.sandbox.shared.WireTime;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How Huawei reads a request: the body a JSON object, each field read with Huawei's "absent, {@code null} or {@code ""}
 * means not given" rule, wrong values {@code CBC.0100}. Building answers is {@link Json}'s (shared by every door).
 */
final class Fields {

  /** Huawei's UTC timestamps on the wire: {@code yyyy-MM-dd'T'HH:mm:ss'Z'}. */
  static final WireTime TIME = WireTime.of("yyyy-MM-dd'T'HH:mm:ss'Z'", ZoneOffset.UTC);

  private Fields() {}

  /** An optional time filter in {@link #TIME}'s form; a malformed one is {@code CBC.0100}. */
  static Optional<Instant> time(Optional<String> value, String field) {
    try {
      return TIME.parse(value);
    } catch (IllegalArgumentException e) {
      throw HuaweiError.badParameter("The parameter " + field + " must be yyyy-MM-ddTHH:mm:ssZ.");
    }
  }

  /** Parses a request body that must be a JSON object; an empty body is an empty object. */
  static ObjectNode parseObject(byte[] body) {
    if (body == null || body.length == 0) {
      return Json.object();
    }
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        return Json.object();
      }
      if (!node.isObject()) {
        throw HuaweiError.badParameter("The request body must be a JSON object.");
      }
      return (ObjectNode) node;
    } catch (IOException e) {
      throw HuaweiError.badParameter("The request body is not valid JSON.");
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
