package dev.partnerkit.bench;

import dev.partnerkit.adapter.tencent.IntlPartnersClient;
import dev.partnerkit.sandbox.Sandbox;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Measurement 5: requests per second the embedded sandbox serves on a cheap action (Tencent QueryPartnerCredit: TC3
 * check, a read of the partner's credit) to 64 concurrent callers (partnerkit's client, in the same JVM and on the
 * same 2 cores), counted by the sandbox itself ({@code requestCount}), in the bench JVM and in a fresh child JVM.
 *
 * <p>Both are measured at steady state: the same 64 callers first run in rounds of one second until the JIT has
 * settled ({@link #warmUp}), as a user's test suite is after its first seconds. A fresh JVM starts with the client's
 * and the server's code path (Jetty, Jackson, HttpClient, TC3 on both sides) interpreted; 64 callers and up to 64
 * server threads then compete with the two JIT threads for the two cores, so the JIT takes tens of seconds to compile
 * it (over a thousand methods queued). The warm-up's length and the first round's rate are reported in the row.
 */
final class SandboxRun {

  static final int CALLERS = 64;

  /** Warm-up rounds of one second, at most this many (a minute). */
  static final int MAX_WARMUP_ROUNDS = 60;

  /** Rounds in a row that must find the JIT quiet and the rate no longer rising. */
  static final int QUIET_ROUNDS = 3;

  /** A round in which the JIT compiled for less than this (ms, summed over its threads) leaves it settled. */
  static final long SETTLED_JIT_MILLIS = 100;

  private SandboxRun() {}

  /**
   * How the warm-up went.
   *
   * @param rounds rounds of one second run
   * @param firstPerSecond the first round's calls per second (the cold JVM)
   * @param lastPerSecond the last round's
   * @param settled whether the JIT settled before the cap
   * @param trajectory each round's calls per second and the JIT's compilation time in it, for the log
   */
  record WarmUp(int rounds, double firstPerSecond, double lastPerSecond, boolean settled, String trajectory) {
    String describe() {
      return "after " + rounds + " s of warm-up at " + CALLERS + " callers" + (settled ? " (until the JIT settled)"
          : " (capped: the JIT had not settled)") + "; first second " + Row.f0(firstPerSecond) + "/s";
    }
  }

  /** The same measured in a fresh child JVM that sets nothing itself, as a user's test suite embeds the sandbox. */
  static List<Row> runWithServerDefaults() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SandboxChild.class.getName())
        .redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    child.waitFor();
    String line = out.lines().filter(l -> l.startsWith("ROW\t")).findFirst().orElse(null);
    if (line == null) {
      System.out.println(out);
      return List.of(Row.info("Sandbox in a fresh child JVM: not measured, the child JVM failed", "", ""));
    }
    return List.of(Row.info("Sandbox: Tencent QueryPartnerCredit requests/s served, 64 callers, in a fresh child JVM "
        + "that sets nothing itself (as a user's test suite embeds it; the sandbox sets no system property)",
        line.substring(4), "goal >= 15,000/s with p99 < 20 ms"));
  }

  static List<Row> run(LoadRunner runner) throws Exception {
    try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().build();
        IntlPartnersClient client = Clients.ourTencentClient(sandbox.tencentEndpoint())) {
      LoadRunner.Call call = i -> client.queryPartnerCredit().isRight() ? LoadRunner.Outcome.OK : LoadRunner.Outcome.FAILED;
      WarmUp warmUp = warmUp(call);
      System.out.println("sandbox warm-up, rounds of 1 s at " + CALLERS + " callers: " + warmUp.trajectory());
      long before = sandbox.tencent().requestCount();
      LoadRunner.Result r = runner.run(call, CALLERS);
      long served = sandbox.tencent().requestCount() - before;
      return List.of(Row.info("Sandbox: Tencent QueryPartnerCredit requests/s served, 64 callers (Jetty, TCP_NODELAY per server)",
          Row.f0(served / r.seconds()) + " (p99 " + Row.f0(r.p99Micros()) + " µs, " + r.failures() + " failed; "
              + warmUp.describe() + ")",
          "reported, no numeric goal"));
    }
  }

  /**
   * Runs {@code call} from the measured number of callers in rounds of one second until the JIT has settled: {@value
   * #QUIET_ROUNDS} rounds in a row in which it compiled for under {@value #SETTLED_JIT_MILLIS} ms each and whose rates
   * are not above the best round before them by more than 5%; at most {@value #MAX_WARMUP_ROUNDS} rounds. The same
   * load as the measurement, nothing lighter: only the time is given.
   */
  static WarmUp warmUp(LoadRunner.Call call) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
    List<Double> rates = new ArrayList<>();
    StringBuilder trajectory = new StringBuilder();
    double bestBefore = 0;
    int quietInARow = 0;
    for (int round = 1; round <= MAX_WARMUP_ROUNDS; round++) {
      long jitBefore = jitTimed ? jit.getTotalCompilationTime() : 0;
      double rate = new LoadRunner(0, 1).run(call, CALLERS).perSecond();
      long jitMillis = jitTimed ? jit.getTotalCompilationTime() - jitBefore : 0;
      rates.add(rate);
      trajectory.append(trajectory.length() == 0 ? "" : ", ").append(Row.f0(rate)).append("/s (JIT ").append(jitMillis)
          .append(" ms)");
      boolean quiet = jitMillis < SETTLED_JIT_MILLIS && rate <= bestBefore * 1.05;
      quietInARow = quiet ? quietInARow + 1 : 0;
      if (!quiet) {
        bestBefore = Math.max(bestBefore, rate);
      }
      if (quietInARow == QUIET_ROUNDS) {
        return new WarmUp(round, rates.get(0), rate, true, trajectory.toString());
      }
    }
    return new WarmUp(MAX_WARMUP_ROUNDS, rates.get(0), rates.get(rates.size() - 1), false, trajectory.toString());
  }
}
