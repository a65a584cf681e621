package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of one request, already checked against the {@link RequestSchema} (so types are right and required
 * parameters are present). Field reading for every handler.
 */
final class Params {

  private final ObjectNode body;

  Params(ObjectNode body) {
    this.body = body;
  }

  /** The parameter as sent, or empty when absent or null. */
  Optional<JsonNode> node(String name) {
    JsonNode v = body.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  /** A string parameter, or empty when absent. */
  Optional<String> text(String name) {
    return node(name).map(JsonNode::asText);
  }

  /** A string parameter, absent or blank read as empty. */
  Optional<String> nonBlank(String name) {
    return text(name).filter(s -> !s.isBlank());
  }

  /** A required string parameter. */
  String requiredText(String name) {
    return text(name).orElseThrow(() -> missing(name));
  }

  /** A string parameter that must not be blank; refused with {@code code} when absent or blank. */
  String nonBlank(String name, String code) {
    return nonBlank(name).orElseThrow(() -> new TencentError(code, "The parameter `" + name + "` must not be empty."));
  }

  Optional<Long> optLong(String name) {
    return node(name).map(JsonNode::longValue);
  }

  long requiredLong(String name) {
    return optLong(name).orElseThrow(() -> missing(name));
  }

  Optional<BigDecimal> optDecimal(String name) {
    return node(name).map(JsonNode::decimalValue);
  }

  BigDecimal requiredDecimal(String name) {
    return optDecimal(name).orElseThrow(() -> missing(name));
  }

  List<Long> longs(String name) {
    List<Long> out = new ArrayList<>();
    node(name).ifPresent(a -> a.forEach(v -> out.add(v.longValue())));
    return out;
  }

  List<String> texts(String name) {
    List<String> out = new ArrayList<>();
    node(name).ifPresent(a -> a.forEach(v -> out.add(v.asText())));
    return out;
  }

  /** Refuses a list whose size is outside {@code [min, max]}. */
  static <T> List<T> sized(List<T> list, String name, int min, int max, String code) {
    if (list.size() < min || list.size() > max) {
      throw new TencentError(
          code, "The parameter `" + name + "` must have " + min + " to " + max + " elements.");
    }
    return list;
  }

  /** Refuses a value that is not one of {@code allowed}. */
  static String oneOf(String value, String name, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new TencentError(
          Codes.INVALID_PARAMETER_VALUE,
          "The value of parameter `" + name + "` must be one of " + String.join(", ", allowed) + ".");
    }
    return value;
  }

  private static TencentError missing(String name) {
    return new TencentError(Codes.MISSING_PARAMETER, "The request is missing a required parameter `" + name + "`.");
  }
}
