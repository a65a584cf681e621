package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
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

  private static final String SHIPPED = "fixtures/";

  private final ObjectMapper json;
  private final Optional<Path> directory;
  private final Map<String, ObjectNode> cache = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Set<String>> tradeCatalog;
  private final CountryCodes countryCodes;

  Fixtures(ObjectMapper json, Optional<Path> directory) {
    this.json = json;
    this.directory = directory;
    this.tradeCatalog = toCatalog(tradeList());
    this.countryCodes =
        userFile("GetCountryCodes").map(r -> CountryCodes.of((ArrayNode) r.get("Data"))).orElseGet(CountryCodes::shipped);
  }

  /** A fresh copy of the output fields of {@code action}'s fixture. */
  ObjectNode response(String action) {
    return cache
        .computeIfAbsent(action, a -> userFile(a).or(() -> shippedFile(a)).orElseThrow(() -> missing(a)))
        .deepCopy();
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

  private Optional<ObjectNode> userFile(String action) {
    return directory
        .map(d -> d.resolve(action + ".json"))
        .filter(Files::isRegularFile)
        .map(
            f -> {
              try (InputStream in = Files.newInputStream(f)) {
                return unwrap(json.readTree(in), f.toString());
              } catch (IOException e) {
                throw new UncheckedIOException("fixture " + f + " cannot be read", e);
              }
            });
  }

  private Optional<ObjectNode> shippedFile(String action) {
    try (InputStream in = Fixtures.class.getResourceAsStream(SHIPPED + action + ".json")) {
      return in == null ? Optional.empty() : Optional.of(unwrap(json.readTree(in), action + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException("shipped fixture " + action + ".json cannot be read", e);
    }
  }

  private static ObjectNode unwrap(JsonNode root, String name) {
    JsonNode r = root.has("Response") ? root.get("Response") : root;
    if (!r.isObject()) {
      throw new IllegalArgumentException("fixture " + name + " is not a JSON object");
    }
    ObjectNode out = ((ObjectNode) r).deepCopy();
    out.remove("RequestId");
    return out;
  }

  private static IllegalStateException missing(String action) {
    return new IllegalStateException("no fixture for " + action);
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
