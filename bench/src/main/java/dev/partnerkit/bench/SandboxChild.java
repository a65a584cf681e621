package dev.partnerkit.bench;

import java.util.List;

/**
 * Measurement 5 as a user's test suite gets it: run in a fresh child JVM that sets no system property (the sandbox's
 * server takes TCP_NODELAY and its timeouts per instance), printing the one row: measured at steady state, after
 * the warm-up {@link SandboxRun#warmUp} gives the JIT (its length and the cold first second are in the row).
 */
public final class SandboxChild {

  private SandboxChild() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    List<Row> rows = SandboxRun.run(new LoadRunner(2, 4));
    System.out.println("ROW\t" + rows.get(0).ours());
  }
}
