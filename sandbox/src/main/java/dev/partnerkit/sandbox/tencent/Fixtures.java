package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.FixtureFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canned answers: one JSON file per action, {@code <Action>.json}, holding the response's output fields (either
 * bare or wrapped as {@code {"Response":{...}}}; a RequestId in it is ignored). A file in the user's fixtures
 * directory replaces the shipped one of the same name. GetTradeConfigList's file is also the trade catalog
 * CreateAccount checks against; GetCountryCodes is {@link CountryCodes#shipped()} unless a file replaces it.
 */
final class Fixtures {

  private static final String SHIPPED = "/dev/partnerkit/sandbox/tencent/fixtures/";

  private final FixtureFiles files;
  private final Map<String, Set<String>> tradeCatalog;
  private final CountryCodes countryCodes;

  Fixtures(ObjectMapper json, Optional<Path> directory) {
    this.files = new FixtureFiles(json, directory, SHIPPED, Fixtures::unwrap);
    this.tradeCatalog = toCatalog(tradeList());
    this.countryCodes =
        files.user(List.of("GetCountryCodes.json")).map(r -> CountryCodes.of((ArrayNode) r.get("Data"))).orElseGet(CountryCodes::shipped);
  }

  /** A fresh copy of the output fields of {@code action}'s fixture. */
  ObjectNode response(String action) {
    return files.get(action, List.of(action + ".json"));
  }

  ArrayNode tradeList() {
    return (ArrayNode) response("GetTradeConfigList").get("TradeList");
  }

  CountryCodes countryCodes() {
    return countryCodes;
  }

  /** Whether GetTradeConfigList has {@code first} as a layer-1 industry with {@code second} among its layer-2 ones. */
  boolean tradeMatches(String first, String second) {
    return tradeCatalog.getOrDefault(first, Set.of()).contains(second);
  }

  /** The output fields of a file: bare, or inside {@code Response}; without RequestId. Null when not an object. */
  private static ObjectNode unwrap(ObjectNode root) {
    JsonNode r = root.has("Response") ? root.get("Response") : root;
    if (!r.isObject()) {
      return null;
    }
    ObjectNode out = ((ObjectNode) r).deepCopy();
    out.remove("RequestId");
    return out;
  }

  /** Layer-1 industry id to its layer-2 ids. */
  private static Map<String, Set<String>> toCatalog(ArrayNode trades) {
    Map<String, Set<String>> out = new HashMap<>();
    for (JsonNode one : trades) {
      Set<String> children = out.computeIfAbsent(one.path("Id").asText(), k -> new HashSet<>());
      one.path("Children").forEach(two -> children.add(two.path("Id").asText()));
    }
    return out;
  }
}
