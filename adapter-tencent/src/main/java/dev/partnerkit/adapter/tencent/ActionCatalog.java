package dev.partnerkit.adapter.tencent;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The 46 intlpartnersmgt actions, as data ({@code actions.tsv}, loaded once). */
final class ActionCatalog {

  private static final Map<String, ActionSpec> ACTIONS = load();

  private ActionCatalog() {}

  /** The action called {@code name}, if it exists. */
  static Optional<ActionSpec> find(String name) {
    return Optional.ofNullable(ACTIONS.get(name));
  }

  /** The action called {@code name}; an unknown name is a bug in this adapter. */
  static ActionSpec get(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("unknown intlpartnersmgt action " + name));
  }

  /** Every action, in the spec's order. */
  static Collection<ActionSpec> all() {
    return ACTIONS.values();
  }

  private static Map<String, ActionSpec> load() {
    Map<String, ActionSpec> actions = new LinkedHashMap<>();
    for (String[] row : TsvResource.read("actions.tsv", 6)) {
      boolean paged = yesNo(row[3]);
      if (paged == row[5].equals("-")) {
        throw new IllegalStateException("actions.tsv: " + row[0] + " needs a max_page_size exactly when it pages");
      }
      ActionSpec spec = new ActionSpec(
          row[0], row[1], Integer.parseInt(row[2]), paged, yesNo(row[4]), paged ? Integer.parseInt(row[5]) : 0);
      if (actions.put(spec.name(), spec) != null) {
        throw new IllegalStateException("actions.tsv: duplicate action " + spec.name());
      }
    }
    return Collections.unmodifiableMap(actions);
  }

  private static boolean yesNo(String cell) {
    return switch (cell) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalStateException("actions.tsv: expected yes or no, found " + cell);
    };
  }
}
