package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;

/** Building response trees: objects, arrays, and amounts written as JSON numbers (Tencent's Float). */
final class Json {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** An array of one object per item. */
  static <T> ArrayNode arrayOf(Collection<T> items, Function<T, ObjectNode> toNode) {
    ArrayNode out = array();
    items.forEach(i -> out.add(toNode.apply(i)));
    return out;
  }

  /** Puts an amount as a JSON number (a Float in the spec). */
  static ObjectNode money(ObjectNode node, String field, BigDecimal amount) {
    node.put(field, amount.doubleValue());
    return node;
  }
}
