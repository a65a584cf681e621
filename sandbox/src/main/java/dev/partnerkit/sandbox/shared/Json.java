package dev.partnerkit.sandbox.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;

/**
 * Building and writing the JSON every front door answers with: objects, arrays, one object per item, amounts as JSON
 * numbers. How each vendor reads its request fields stays with the vendor's door.
 */
public final class Json {

  /** The mapper for reading fixtures and writing answers (plain Jackson defaults). */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new empty array. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** An array of one node per item. */
  public static <T, N extends JsonNode> ArrayNode arrayOf(Collection<T> items, Function<T, N> toNode) {
    ArrayNode out = array();
    items.forEach(i -> out.add(toNode.apply(i)));
    return out;
  }

  /** Puts an amount as a JSON number (Tencent's Float); returns {@code node}. */
  public static ObjectNode money(ObjectNode node, String field, BigDecimal amount) {
    node.put(field, amount.doubleValue());
    return node;
  }

  /** The JSON document {@code in} holds (null when it is empty). */
  public static JsonNode read(InputStream in) throws IOException {
    return MAPPER.readTree(in);
  }

  /** {@code node} as UTF-8 JSON. */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written: " + e.getOriginalMessage(), e);
    }
  }
}
