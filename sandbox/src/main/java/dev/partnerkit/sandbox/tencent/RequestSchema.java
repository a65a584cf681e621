package dev.partnerkit.sandbox.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every action's request parameters and the nested request types, with their API types, read from the spec's model
 * table ({@code dev/partnerkit/spec/tencent-intlpartnersmgt-model.tsv} of the {@code spec} module). Checks a request body the way Tencent does:
 * unknown parameter {@code UnknownParameter}, wrong JSON type {@code InvalidParameter}, missing required parameter
 * {@code MissingParameter} (or the action's own code for that parameter).
 */
final class RequestSchema {

  /** One parameter or field: its name, API type (e.g. {@code Array of Integer(uint64)}) and whether it is required. */
  record Field(String name, String type, boolean required) {}

  private final Map<String, List<Field>> requests;
  private final Map<String, List<Field>> types;

  private RequestSchema(Map<String, List<Field>> requests, Map<String, List<Field>> types) {
    this.requests = requests;
    this.types = types;
  }

  /** The spec module's model table, on the classpath. */
  static final String MODEL = "/dev/partnerkit/spec/tencent-intlpartnersmgt-model.tsv";

  /** The schema of the spec module's model table. */
  static RequestSchema load() {
    try (InputStream in = RequestSchema.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is missing from the classpath (the spec module)");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RequestSchema parse(List<String> lines) {
    Map<String, List<Field>> requests = new LinkedHashMap<>();
    Map<String, List<Field>> types = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] col = line.split("\t");
      if (col.length < 5) {
        continue;
      }
      Field field = new Field(col[2], col[3], col[4].equals("required"));
      if (col[1].equals("request")) {
        requests.computeIfAbsent(col[0], k -> new ArrayList<>()).add(field);
      } else if (col[1].equals("type")) {
        types.computeIfAbsent(col[0], k -> new ArrayList<>()).add(field);
      }
    }
    return new RequestSchema(requests, types);
  }

  /** The request parameters of {@code action} (empty for an action without parameters). */
  List<Field> parameters(String action) {
    return requests.getOrDefault(action, Collections.emptyList());
  }

  /**
   * Checks {@code body} against the parameters of {@code action}; throws {@link TencentError} on the first problem.
   *
   * @param missingCodes the action's own codes for missing required parameters (others get MissingParameter)
   */
  void check(String action, ObjectNode body, Map<String, String> missingCodes) {
    checkObject("", parameters(action), body);
    for (Field f : parameters(action)) {
      JsonNode v = body.get(f.name());
      if (f.required() && (v == null || v.isNull())) {
        throw new TencentError(
            missingCodes.getOrDefault(f.name(), Codes.MISSING_PARAMETER),
            "The request is missing a required parameter `" + f.name() + "`.");
      }
    }
  }

  private void checkObject(String path, List<Field> fields, JsonNode object) {
    Map<String, Field> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.name(), f));
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      Field f = byName.get(e.getKey());
      if (f == null) {
        throw new TencentError(
            Codes.UNKNOWN_PARAMETER, "The parameter `" + path + e.getKey() + "` is not recognized.");
      }
      if (!e.getValue().isNull()) {
        checkValue(path + f.name(), f.type(), e.getValue());
      }
    }
  }

  private void checkValue(String name, String type, JsonNode v) {
    if (type.startsWith("Array of ")) {
      if (!v.isArray()) {
        throw wrongType(name, type);
      }
      String element = type.substring("Array of ".length());
      for (int i = 0; i < v.size(); i++) {
        checkValue(name + "." + i, element, v.get(i));
      }
      return;
    }
    boolean ok =
        switch (type) {
          case "String" -> v.isTextual();
          case "Boolean" -> v.isBoolean();
          case "Float" -> v.isNumber();
          case "Integer(int64)" -> v.isIntegralNumber() && v.canConvertToLong();
          case "Integer(uint64)" ->
              v.isIntegralNumber() && v.bigIntegerValue().signum() >= 0
                  && v.bigIntegerValue().bitLength() <= 64;
          default -> {
            List<Field> nested = types.get(type);
            if (nested == null || !v.isObject()) {
              yield false;
            }
            checkObject(name + ".", nested, v);
            yield true;
          }
        };
    if (!ok) {
      throw wrongType(name, type);
    }
  }

  private static TencentError wrongType(String name, String type) {
    return new TencentError(
        Codes.INVALID_PARAMETER,
        "The value type of parameter `" + name + "` is incorrect: expected " + type + ".");
  }

}
