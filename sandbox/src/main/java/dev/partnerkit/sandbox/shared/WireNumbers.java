package dev.partnerkit.sandbox.shared;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Bounds the numbers of a request body before any arithmetic touches them: a number such as {@code -1e-3000000}
 * parses in an instant but makes every later comparison or rescale with it take seconds (under the state's lock). No
 * vendor field needs more than {@link #MAX_DIGITS} significant digits or a decimal exponent beyond {@link #MAX_SCALE}.
 */
public final class WireNumbers {

  /** The most significant digits a number may have. */
  public static final int MAX_DIGITS = 40;

  /** The largest absolute scale (digits after the point, or trailing zeros as a negative scale). */
  public static final int MAX_SCALE = 40;

  private WireNumbers() {}

  /** The name of the first field (depth first) holding a number out of bounds, if any. */
  public static Optional<String> firstOutOfBounds(JsonNode node) {
    return find(node, "body");
  }

  /** Whether {@code value} is within bounds. */
  public static boolean bounded(BigDecimal value) {
    return value.precision() <= MAX_DIGITS && Math.abs((long) value.scale()) <= MAX_SCALE;
  }

  private static Optional<String> find(JsonNode node, String name) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isNumber()) {
      if (node.isBigInteger()) {
        return node.bigIntegerValue().bitLength() > 132 ? Optional.of(name) : Optional.empty();
      }
      if (node.isBigDecimal()) {
        return bounded(node.decimalValue()) ? Optional.empty() : Optional.of(name);
      }
      return Optional.empty();
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        Optional<String> found = find(e.getValue(), e.getKey());
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        Optional<String> found = find(item, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
