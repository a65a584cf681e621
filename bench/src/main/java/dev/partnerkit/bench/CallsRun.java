package dev.partnerkit.bench;

import dev.partnerkit.bench.Clients.Client;
import dev.partnerkit.bench.Clients.Target;
import dev.partnerkit.sandbox.Sandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Measurement "sandbox-calls": the same read and the same create through our typed client and through the official
 * SDK, on loopback against the embedded sandbox without rate limits (the realistic server: signature checks, state,
 * the stateful create), at 1, 8 and 64 concurrent callers; a fresh sandbox for every run (so both clients find the
 * same state), one run each. Reported without goals: the sandbox is the ceiling of these rows (its create especially),
 * so the client goals are judged on the canned server's rows ({@link ClientCostRun}).
 */
final class CallsRun {

  static final int[] CALLERS = {1, 8, 64};
  static final int PHONES = 2000; // 10,000 creates: more than a 3 s run makes

  private record Side(String name, Function<Target, Client> open) {}

  private record Action(String vendor, String action, boolean create, boolean tencent, Side ours, Side theirs) {}

  private final LoadRunner runner;

  CallsRun(LoadRunner runner) {
    this.runner = runner;
  }

  List<Row> run() throws Exception {
    Side tencentOurs = new Side("IntlPartnersClient", Clients::tencentOurs);
    Side tencentTheirs = new Side("CommonClient", Clients::tencentOfficial);
    Side huaweiOurs = new Side("BssClient", Clients::huaweiOurs);
    Side huaweiTheirs = new Side("SDK BssClient", Clients::huaweiOfficial);
    List<Action> actions = List.of(
        new Action("Tencent", "QueryPartnerCredit", false, true, tencentOurs, tencentTheirs),
        new Action("Tencent", "CreateAccount", true, true, tencentOurs, tencentTheirs),
        new Action("Huawei CN", "ListSubCustomers", false, false, huaweiOurs, huaweiTheirs),
        new Action("Huawei CN", "CreateSubCustomer", true, false, huaweiOurs, huaweiTheirs));
    warmUp(actions);
    List<Row> rows = new ArrayList<>();
    for (Action a : actions) {
      rows.addAll(measure(a));
    }
    return rows;
  }

  /**
   * Every client and action once at 8 callers before anything is measured, so that the first measured run (ours,
   * 1 caller) does not pay for a JVM and a sandbox that are still cold.
   */
  private void warmUp(List<Action> actions) throws Exception {
    LoadRunner warm = new LoadRunner(1, 0);
    for (Action a : actions) {
      for (Side side : List.of(a.ours(), a.theirs())) {
        try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().build()) {
          TencentPhones phones = a.create() && a.tencent() ? TencentPhones.prepare(sandbox, 500) : TencentPhones.none();
          try (Client client = side.open().apply(Target.sandbox(sandbox, phones))) {
            warm.run(a.create() ? client.create() : client.read(), 8);
          }
        }
      }
    }
  }

  private List<Row> measure(Action a) throws Exception {
    List<Row> rows = new ArrayList<>();
    for (int callers : CALLERS) {
      LoadRunner.Result ours = once(a, a.ours(), callers);
      LoadRunner.Result theirs = once(a, a.theirs(), callers);
      String what = a.vendor() + " " + a.action() + ", " + callers + " caller" + (callers > 1 ? "s" : "")
          + " (sandbox, 1 run)";
      rows.add(new Row(what + ": calls/s; p99 latency (µs)" + failures(ours, theirs),
          Row.f0(ours.perSecond()) + "; " + Row.f0(ours.p99Micros()),
          Row.f0(theirs.perSecond()) + "; " + Row.f0(theirs.p99Micros()),
          Row.f2(ours.perSecond() / theirs.perSecond()) + "x; " + Row.f2(ours.p99Micros() / theirs.p99Micros()) + "x",
          "reported (goals: canned rows)", null));
    }
    return rows;
  }

  private static String failures(LoadRunner.Result ours, LoadRunner.Result theirs) {
    return ours.failures() + theirs.failures() == 0 ? ""
        : " (failed calls: ours " + ours.failures() + ", theirs " + theirs.failures() + ")";
  }

  private LoadRunner.Result once(Action a, Side side, int callers) throws Exception {
    System.gc();
    try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().build()) {
      TencentPhones phones = a.create() && a.tencent() ? TencentPhones.prepare(sandbox, PHONES) : TencentPhones.none();
      try (Client client = side.open().apply(Target.sandbox(sandbox, phones))) {
        LoadRunner.Result r = runner.run(a.create() ? client.create() : client.read(), callers);
        System.out.printf("  %-9s %-18s %-18s %2d callers: %,8.0f calls/s  p50 %,7.0f µs  p99 %,8.0f µs  %,8.0f B/call"
                + "  (%d calls, %d failed)%n", a.vendor(), a.action(), side.name(), callers, r.perSecond(),
            r.p50Micros(), r.p99Micros(), r.bytesPerCall(), r.calls(), r.failures());
        return r;
      }
    }
  }
}
