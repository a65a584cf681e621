package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.Json;
import dev.partnerkit.sandbox.shared.Pages;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Huawei's {@code offset}/{@code limit} paging (spec section 8): 0-based record offset, default limit 10, a maximum
 * limit per API; in the JSON body for POST queries, in the query string for GETs. Out-of-range values are {@code
 * CBC.0100}.
 */
record Paging(int offset, int limit) {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_OFFSET = 2_147_483_646;

  /** Paging from a POST query body. */
  static Paging fromBody(JsonNode body, int maxLimit) {
    return of(Fields.integer(body, "offset"), Fields.integer(body, "limit"), maxLimit);
  }

  /** Paging from GET query parameters. */
  static Paging fromQuery(WireRequest request, int maxLimit) {
    return of(number(request, "offset"), number(request, "limit"), maxLimit);
  }

  private static Paging of(Optional<Integer> offset, Optional<Integer> limit, int maxLimit) {
    int o = offset.orElse(0);
    int l = limit.orElse(DEFAULT_LIMIT);
    if (o < 0 || o > MAX_OFFSET) {
      throw HuaweiError.badParameter("The parameter offset is out of range.");
    }
    if (l < 1 || l > maxLimit) {
      throw HuaweiError.badParameter("The parameter limit must be between 1 and " + maxLimit + ".");
    }
    return new Paging(o, l);
  }

  private static Optional<Integer> number(WireRequest request, String name) {
    Optional<String> raw = request.queryParameter(name);
    try {
      return raw.map(Integer::parseInt);
    } catch (NumberFormatException e) {
      throw HuaweiError.badParameter("The parameter " + name + " must be an integer.");
    }
  }

  /** The items of this page. */
  <T> List<T> of(List<T> all) {
    return Pages.slice(all, offset, limit);
  }

  /** {@code {<countField>: total, <listField>: [page items rendered]}}; no count when {@code countField} is null. */
  <T> ObjectNode answer(List<T> all, String countField, String listField, Function<T, JsonNode> render) {
    ObjectNode out = Json.object();
    if (countField != null) {
      out.put(countField, all.size());
    }
    ArrayNode items = out.putArray(listField);
    of(all).forEach(item -> items.add(render.apply(item)));
    return out;
  }
}
