package dev.partnerkit.adapter.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What may be logged of a request: the body with every secret field ({@code Password}, {@code ConfirmPassword},
 * {@code VerifyCode}, at any depth) replaced by {@code ******}, and headers without {@code Authorization} or {@code
 * X-TC-Token}. Also scrubs secret values out of text the vendor sent back (an error message may echo a parameter).
 */
final class Redaction {

  static final String MASK = "******";
  private static final Set<String> SECRET_FIELDS = Set.of("Password", "ConfirmPassword", "VerifyCode");
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-tc-token");

  private Redaction() {}

  /** The JSON body with secret fields masked; a body that is not JSON is not shown at all. */
  static String body(byte[] json) {
    try {
      JsonNode tree = WireJson.MAPPER.readTree(json);
      mask(tree);
      return WireJson.MAPPER.writeValueAsString(tree);
    } catch (IOException e) {
      return "(" + json.length + " bytes, not JSON)";
    }
  }

  /**
   * The values of the secret fields of a JSON request body (at any depth), so that a vendor message or response
   * that echoes one can be scrubbed; empty when the body has none or is not JSON.
   */
  static Set<String> secretValues(byte[] json) {
    Set<String> values = new HashSet<>();
    try {
      collect(WireJson.MAPPER.readTree(json), values);
    } catch (IOException e) {
      // not JSON: nothing to collect
    }
    return values;
  }

  /** {@code text} with every occurrence of each of {@code secrets} replaced by {@code ******}. */
  static String scrub(String text, Collection<String> secrets) {
    String result = text;
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  private static void collect(JsonNode node, Set<String> values) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (SECRET_FIELDS.contains(field.getKey()) && field.getValue().isValueNode() && !field.getValue().isNull()) {
          values.add(field.getValue().asText());
        } else {
          collect(field.getValue(), values);
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(child -> collect(child, values));
    }
  }

  /** {@code name: value} for a header, with the value masked if it is a credential. */
  static String header(String name, String value) {
    return name + ": " + (SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : value);
  }

  private static void mask(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> secrets = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (SECRET_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
          secrets.add(field.getKey());
        } else {
          mask(field.getValue());
        }
      }
      secrets.forEach(name -> object.put(name, MASK));
    } else if (node != null && node.isArray()) {
      node.forEach(Redaction::mask);
    }
  }
}
