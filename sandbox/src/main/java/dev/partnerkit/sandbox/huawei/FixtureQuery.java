package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A read-only operation answered from its {@link Fixtures} file. Required parameters are checked ({@code CBC.0100}).
 * For list answers, items are filtered by every request parameter that names one of their fields (e.g. {@code
 * customer_id}, {@code status}; compared as text), then paged, and the count field is set to the number of matches.
 */
final class FixtureQuery implements OperationHandler {
  private static final Set<String> NOT_FILTERS = Set.of("offset", "limit", "indirect_partner_id");

  private final Fixtures fixtures;
  private final HuaweiOperation operation;
  private final List<String> required;
  private final String listField;
  private final String countField;

  private FixtureQuery(Fixtures fixtures, HuaweiOperation operation, List<String> required, String listField, String countField) {
    this.fixtures = fixtures;
    this.operation = operation;
    this.required = required;
    this.listField = listField;
    this.countField = countField;
  }

  /** An answer with a paged list {@code listField} and its total in {@code countField}. */
  static FixtureQuery list(Fixtures fixtures, HuaweiOperation op, String listField, String countField, String... required) {
    return new FixtureQuery(fixtures, op, List.of(required), listField, countField);
  }

  /** A single-object answer. */
  static FixtureQuery single(Fixtures fixtures, HuaweiOperation op, String... required) {
    return new FixtureQuery(fixtures, op, List.of(required), null, null);
  }

  @Override
  public WireResponse handle(WireRequest request, PartnerBook book) {
    boolean get = request.method().equals("GET");
    JsonNode body = get ? Json.object() : request.json();
    Map<String, String> params = new LinkedHashMap<>();
    if (get) {
      request.query().forEach((k, v) -> {
        if (!v.isEmpty() && !v.get(0).isEmpty()) {
          params.put(k, v.get(0));
        }
      });
    } else {
      body.properties().forEach(e -> {
        if (e.getValue().isValueNode() && !e.getValue().isNull() && !e.getValue().asText().isEmpty()) {
          params.put(e.getKey(), e.getValue().asText());
        }
      });
    }
    for (String r : required) {
      if (!params.containsKey(r)) {
        throw HuaweiError.badParameter("The parameter " + r + " is required.");
      }
    }
    book.reseller(Optional.ofNullable(params.get("indirect_partner_id")));
    ObjectNode answer = fixtures.of(operation);
    if (listField == null) {
      return WireResponse.ok(answer);
    }
    Paging paging = get ? Paging.fromQuery(request, 100) : Paging.fromBody(body, 100);
    List<JsonNode> items = new ArrayList<>();
    answer.path(listField).forEach(item -> {
      boolean match = params.entrySet().stream()
          .filter(p -> !NOT_FILTERS.contains(p.getKey()) && item.has(p.getKey()) && item.get(p.getKey()).isValueNode())
          .allMatch(p -> item.get(p.getKey()).asText().equals(p.getValue()));
      if (match) {
        items.add(item);
      }
    });
    ArrayNode page = Json.array();
    paging.of(items).forEach(page::add);
    answer.put(countField, items.size());
    answer.set(listField, page);
    return WireResponse.ok(answer);
  }
}
