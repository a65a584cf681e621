package dev.partnerkit.codegen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** What the processor generates for one vendor, whatever table it came from. */
final class WireModel {

  private WireModel() {}

  /** One component of a wire record. */
  record Field(String wireName, String javaName, String javaType, boolean required, boolean secret) {}

  /** One wire record: a request, a response, or a nested type; {@code builder} when callers build it. */
  record Rec(String name, String doc, List<Field> fields, boolean request, boolean builder, boolean writesNulls) {}

  /** One vendor operation as the catalog shows it. */
  record Operation(
      String wireName,
      String constant,
      String doc,
      String method,
      String path,
      String sites,
      int ratePerSecond,
      boolean publishedRate,
      boolean paged,
      int maxPageSize,
      String operationClass,
      boolean acceptsLanguage,
      String category) {

    /** Whether the operation writes. */
    boolean mutating() {
      return !operationClass.equals("READ");
    }
  }

  /**
   * The nested types that requests use, directly or through other nested types: the records callers build, so they
   * get builders. {@code byRecord} holds each record's table rows (the type in column 3), {@code kinds} its kind
   * ({@code request}, {@code response} or {@code type}); {@code referencedTypes} adds the type names that one type
   * text names (each vendor writes types its own way).
   */
  static Set<String> typesReachableFromRequests(Map<String, List<String[]>> byRecord, Map<String, String> kinds,
      BiConsumer<String, Deque<String>> referencedTypes) {
    Set<String> requestTypes = new HashSet<>();
    Deque<String> frontier = new ArrayDeque<>();
    byRecord.forEach((name, rows) -> {
      if (kinds.get(name).equals("request")) {
        rows.forEach(r -> referencedTypes.accept(r[3], frontier));
      }
    });
    while (!frontier.isEmpty()) {
      String type = frontier.pop();
      if (requestTypes.add(type)) {
        byRecord.getOrDefault(type, List.of()).forEach(r -> referencedTypes.accept(r[3], frontier));
      }
    }
    return requestTypes;
  }

  /** camelCase of a PascalCase or snake_case name, as the records name their components. */
  static String javaName(String wireName) {
    if (wireName.contains("_") || Character.isLowerCase(wireName.charAt(0))) {
      StringBuilder out = new StringBuilder();
      boolean upper = false;
      for (char c : wireName.toCharArray()) {
        if (c == '_') {
          upper = true;
        } else {
          out.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return out.toString();
    }
    int lead = 0;
    while (lead < wireName.length() && Character.isUpperCase(wireName.charAt(lead))) {
      lead++;
    }
    String rest = wireName.substring(lead);
    if (lead == 1 || rest.isEmpty() || !Character.isLowerCase(rest.charAt(0))) {
      return wireName.substring(0, lead).toLowerCase(java.util.Locale.ROOT) + rest;
    }
    return wireName.substring(0, lead - 1).toLowerCase(java.util.Locale.ROOT) + wireName.charAt(lead - 1) + rest;
  }

  /** UPPER_SNAKE of a PascalCase name ({@code QueryPendingClientsV2} is {@code QUERY_PENDING_CLIENTS_V2}). */
  static String constant(String wireName) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < wireName.length(); i++) {
      char c = wireName.charAt(i);
      char prev = i == 0 ? 'x' : wireName.charAt(i - 1);
      boolean nextLower = i + 1 < wireName.length() && Character.isLowerCase(wireName.charAt(i + 1));
      boolean boundary = i > 0 && Character.isUpperCase(c)
          && (Character.isLowerCase(prev) || Character.isDigit(prev) || Character.isUpperCase(prev) && nextLower);
      if (boundary) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }
}
