package dev.partnerkit.adapter.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Hides secrets before anything is logged: the values of secret JSON fields (at any depth) and of secret headers are
 * replaced by {@code ******}. Names are matched without regard to case. A body that is not JSON is not shown at all.
 */
public final class Redactor {

  /** The mask every secret is replaced by. */
  public static final String MASK = "******";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> secretFields;
  private final Set<String> secretHeaders;

  private Redactor(Set<String> secretFields, Set<String> secretHeaders) {
    this.secretFields = lower(secretFields);
    this.secretHeaders = lower(secretHeaders);
  }

  /** A redactor for these JSON field names and header names. */
  public static Redactor of(Set<String> secretFields, Set<String> secretHeaders) {
    return new Redactor(secretFields, secretHeaders);
  }

  /** The JSON body with every secret field's value masked; a placeholder when the body is not JSON. */
  public String json(String body) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    try {
      JsonNode tree = JSON.readTree(body);
      mask(tree);
      return JSON.writeValueAsString(tree);
    } catch (Exception e) {
      return "<" + body.length() + " characters, not JSON, not shown>";
    }
  }

  /** The headers with every secret header's value masked, sorted by name. */
  public Map<String, String> headers(Map<String, String> headers) {
    return headers.entrySet().stream()
        .collect(Collectors.toMap(
            Map.Entry::getKey,
            e -> secretHeaders.contains(e.getKey().toLowerCase(Locale.ROOT)) ? MASK : e.getValue(),
            (a, b) -> b,
            TreeMap::new));
  }

  private void mask(JsonNode node) {
    if (node instanceof ObjectNode object) {
      var names = new java.util.ArrayList<String>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (secretFields.contains(name.toLowerCase(Locale.ROOT))) {
          object.put(name, MASK);
        } else {
          mask(object.get(name));
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(this::mask);
    }
  }

  private static Set<String> lower(Set<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
