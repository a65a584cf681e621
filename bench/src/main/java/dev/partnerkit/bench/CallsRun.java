package dev.partnerkit.bench;

import dev.partnerkit.bench.Clients.Client;
import dev.partnerkit.sandbox.Sandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Measurement 2: the same read and the same create through our typed client and through the official SDK, on
 * loopback against the embedded sandbox without rate limits, at 1, 8 and 64 concurrent callers; a fresh sandbox for
 * every run (so both clients find the same state). Goals: our throughput at least 1.2x theirs at every concurrency,
 * our p99 no worse, our allocation per call at most half of theirs.
 */
final class CallsRun {

  static final int[] CALLERS = {1, 8, 64};
  static final double THROUGHPUT_GOAL = 1.2;
  static final double ALLOCATION_GOAL = 0.5;
  static final int PHONES = 5000;

  private record Side(String name, Function<Setup, Client> open) {}

  private record Setup(Sandbox sandbox, TencentPhones phones) {}

  private record Action(String vendor, String action, boolean create, boolean tencent, Side ours, Side theirs) {}

  private final LoadRunner runner;
  private final List<String> notes;

  CallsRun(LoadRunner runner, List<String> notes) {
    this.runner = runner;
    this.notes = notes;
  }

  List<Row> run() throws Exception {
    Side tencentOurs = new Side("IntlPartnersClient", s -> Clients.tencentOurs(s.sandbox(), s.phones()));
    Side tencentTheirs = new Side("CommonClient", s -> Clients.tencentOfficial(s.sandbox(), s.phones()));
    Side huaweiOurs = new Side("BssClient", s -> Clients.huaweiOurs(s.sandbox()));
    Side huaweiTheirs = new Side("SDK BssClient", s -> Clients.huaweiOfficial(s.sandbox()));
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
   * Every client and action once for 2 s at 8 callers before anything is measured, so that the first measured run
   * (ours, 1 caller) does not pay for a JVM and a sandbox that are still cold.
   */
  private void warmUp(List<Action> actions) throws Exception {
    LoadRunner warm = new LoadRunner(2, 0);
    for (Action a : actions) {
      for (Side side : List.of(a.ours(), a.theirs())) {
        try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().build()) {
          TencentPhones phones = a.create() && a.tencent() ? TencentPhones.prepare(sandbox, 1000) : TencentPhones.none();
          try (Client client = side.open().apply(new Setup(sandbox, phones))) {
            warm.run(a.create() ? client.create() : client.read(), 8);
          }
        }
      }
    }
  }

  private List<Row> measure(Action a) throws Exception {
    List<Row> rows = new ArrayList<>();
    List<Row> latencyRows = new ArrayList<>();
    Row allocation = null;
    int worstCallers = 0;
    double worstRatio = Double.MAX_VALUE;
    for (int callers : CALLERS) {
      LoadRunner.Result ours = once(a, a.ours(), callers);
      LoadRunner.Result theirs = once(a, a.theirs(), callers);
      String what = a.vendor() + " " + a.action() + ", " + callers + " caller" + (callers > 1 ? "s" : "");
      double ratio = ours.perSecond() / theirs.perSecond();
      if (ratio < worstRatio) {
        worstRatio = ratio;
        worstCallers = callers;
      }
      rows.add(new Row(what + ": calls/s" + failures(ours, theirs), Row.f0(ours.perSecond()),
          Row.f0(theirs.perSecond()), Row.f2(ratio) + "x", ">= " + THROUGHPUT_GOAL + "x", ratio >= THROUGHPUT_GOAL));
      double p99 = ours.p99Micros() / theirs.p99Micros();
      latencyRows.add(new Row(what + ": p50 / p99 latency (µs)", Row.f0(ours.p50Micros()) + " / "
          + Row.f0(ours.p99Micros()), Row.f0(theirs.p50Micros()) + " / " + Row.f0(theirs.p99Micros()),
          Row.f2(p99) + "x (p99)", "p99 <= 1.00x", p99 <= 1.0));
      if (callers == 1) {
        double bytes = ours.bytesPerCall() / theirs.bytesPerCall();
        allocation = new Row(a.vendor() + " " + a.action() + ", 1 caller: bytes allocated per call",
            Row.f0(ours.bytesPerCall()), Row.f0(theirs.bytesPerCall()), Row.f2(bytes) + "x",
            "<= " + ALLOCATION_GOAL + "x", bytes <= ALLOCATION_GOAL);
      }
    }
    rows.addAll(latencyRows);
    rows.add(allocation);
    if (rows.stream().anyMatch(r -> Boolean.FALSE.equals(r.met()))) {
      notes.add(a.vendor() + " " + a.action() + ": a goal missed (worst throughput ratio " + Row.f2(worstRatio)
          + "x at " + worstCallers + " callers). Sampling our client's caller threads for 3 s at " + worstCallers
          + " callers: " + profile(a, worstCallers));
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
      try (Client client = side.open().apply(new Setup(sandbox, phones))) {
        LoadRunner.Result r = runner.run(a.create() ? client.create() : client.read(), callers);
        System.out.printf("  %-9s %-18s %-18s %2d callers: %,8.0f calls/s  p50 %,7.0f µs  p99 %,8.0f µs  %,8.0f B/call"
                + "  (%d calls, %d failed)%n", a.vendor(), a.action(), side.name(), callers, r.perSecond(),
            r.p50Micros(), r.p99Micros(), r.bytesPerCall(), r.calls(), r.failures());
        return r;
      }
    }
  }

  private String profile(Action a, int callers) throws Exception {
    try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().build()) {
      TencentPhones phones = a.create() && a.tencent() ? TencentPhones.prepare(sandbox, PHONES) : TencentPhones.none();
      try (Client client = a.ours().open().apply(new Setup(sandbox, phones))) {
        LoadRunner.Call call = a.create() ? client.create() : client.read();
        new LoadRunner(1, 0).run(call, callers);
        StackSampler sampler = new StackSampler("bench-caller", "dev.partnerkit", "org.apache.hc");
        try {
          new LoadRunner(0, 3).run(call, callers);
        } finally {
          sampler.stop();
        }
        return sampler.summary(6);
      }
    }
  }
}
