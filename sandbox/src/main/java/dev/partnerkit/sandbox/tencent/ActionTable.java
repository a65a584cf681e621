package dev.partnerkit.sandbox.tencent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The actions the front door answers, each with its handler and its own codes for missing required parameters. */
final class ActionTable {

  /** An action's handler and the codes it answers for missing parameters (others: MissingParameter). */
  record Entry(ActionHandler handler, Map<String, String> missingCodes) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  ActionTable add(String action, ActionHandler handler) {
    return add(action, Map.of(), handler);
  }

  ActionTable add(String action, Map<String, String> missingCodes, ActionHandler handler) {
    if (entries.putIfAbsent(action, new Entry(handler, Map.copyOf(missingCodes))) != null) {
      throw new IllegalStateException("action registered twice: " + action);
    }
    return this;
  }

  Optional<Entry> get(String action) {
    return Optional.ofNullable(entries.get(action));
  }

  Set<String> names() {
    return entries.keySet();
  }
}
