package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The canned answers of read-only operations (bills, coupons, quotas, resources), one JSON file per operation: {@code
 * <OperationName>.<site>.json} or {@code <OperationName>.json} ({@code site} is {@code china} or {@code
 * international}), looked up first in the user's fixtures directory, then in the shipped resources {@code
 * huawei/fixtures/}.
 */
final class Fixtures {
  private static final String RESOURCES = "/huawei/fixtures/";

  private final String siteSuffix;
  private final Optional<Path> directory;
  private final Map<HuaweiOperation, ObjectNode> cache = new ConcurrentHashMap<>();

  Fixtures(HuaweiSite site, Optional<Path> directory) {
    this.siteSuffix = site.name().toLowerCase(Locale.ROOT);
    this.directory = directory;
  }

  /** A fresh copy of the fixture of {@code operation}. */
  ObjectNode of(HuaweiOperation operation) {
    return cache.computeIfAbsent(operation, this::load).deepCopy();
  }

  private ObjectNode load(HuaweiOperation operation) {
    List<String> names = List.of(operation.operationName() + "." + siteSuffix + ".json", operation.operationName() + ".json");
    for (String name : names) {
      Optional<Path> file = directory.map(d -> d.resolve(name)).filter(Files::isRegularFile);
      if (file.isPresent()) {
        try (InputStream in = Files.newInputStream(file.get())) {
          return asObject(Json.read(in), file.get().toString());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read fixture " + file.get(), e);
        }
      }
    }
    for (String name : names) {
      try (InputStream in = Fixtures.class.getResourceAsStream(RESOURCES + name)) {
        if (in != null) {
          return asObject(Json.read(in), name);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read fixture " + name, e);
      }
    }
    throw new IllegalStateException("no fixture for " + operation.operationName());
  }

  private static ObjectNode asObject(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new IllegalStateException("fixture " + where + " must hold a JSON object");
    }
    return (ObjectNode) node;
  }
}
