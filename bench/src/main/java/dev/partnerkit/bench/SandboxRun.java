package dev.partnerkit.bench;

import dev.partnerkit.adapter.tencent.IntlPartnersClient;
import dev.partnerkit.sandbox.Sandbox;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Measurement 5: requests per second the embedded sandbox serves on a cheap action (Tencent QueryPartnerCredit: TC3
 * check, a read of the partner's credit) to 64 concurrent callers (partnerkit's client, in the same JVM and on the
 * same 2 cores), counted by the sandbox itself ({@code requestCount}). No numeric goal in the issue: reported.
 */
final class SandboxRun {

  private SandboxRun() {}

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
      new LoadRunner(2, 0).run(call, 64);
      long before = sandbox.tencent().requestCount();
      LoadRunner.Result r = runner.run(call, 64);
      long served = sandbox.tencent().requestCount() - before;
      return List.of(Row.info("Sandbox: Tencent QueryPartnerCredit requests/s served, 64 callers (Jetty, TCP_NODELAY per server)",
          Row.f0(served / r.seconds()) + " (p99 " + Row.f0(r.p99Micros()) + " µs, " + r.failures() + " failed)",
          "reported, no numeric goal"));
    }
  }
}
