package dev.partnerkit.sandbox.tencent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The actions the front door answers, each with its handler and its own codes for missing required parameters. */
final class ActionTable {

  /** What an action does with the partner's state, which says the lock it runs under. */
  enum Access {
    /** Touches no state (fixtures, catalogs): runs without a lock. */
    NONE,
    /** Only looks at the state: runs under the shared lock, side by side with other reads. */
    READ,
    /** Changes the state (or checks, then changes): runs under the exclusive lock. */
    WRITE
  }

  /** An action's handler, what it does with the state, and the codes it answers for missing parameters (others: MissingParameter). */
  record Entry(ActionHandler handler, Access access, Map<String, String> missingCodes) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  ActionTable add(String action, Access access, ActionHandler handler) {
    return add(action, access, Map.of(), handler);
  }

  ActionTable add(String action, Access access, Map<String, String> missingCodes, ActionHandler handler) {
    if (entries.putIfAbsent(action, new Entry(handler, access, Map.copyOf(missingCodes))) != null) {
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
