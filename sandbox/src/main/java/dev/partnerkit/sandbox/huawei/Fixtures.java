package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.sandbox.shared.FixtureFiles;
import dev.partnerkit.sandbox.shared.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The canned answers of read-only operations (bills, coupons, quotas, resources), one JSON file per operation: {@code
 * <OperationName>.<site>.json} or {@code <OperationName>.json} ({@code site} is {@code china} or {@code
 * international}), looked up first in the user's fixtures directory, then in the shipped resources {@code
 * huawei/fixtures/}.
 */
final class Fixtures {
  private static final String RESOURCES = "/huawei/fixtures/";

  private final String siteSuffix;
  private final FixtureFiles files;

  Fixtures(HuaweiSite site, Optional<Path> directory) {
    this.siteSuffix = site.name().toLowerCase(Locale.ROOT);
    this.files = new FixtureFiles(Json.MAPPER, directory, RESOURCES, node -> node);
  }

  /** A fresh copy of the fixture of {@code operation}. */
  ObjectNode of(HuaweiOperation operation) {
    String name = operation.operationName();
    return files.get(name, List.of(name + "." + siteSuffix + ".json", name + ".json"));
  }
}
