package dev.partnerkit.bench;

import dev.partnerkit.bench.Clients.Client;
import dev.partnerkit.bench.Clients.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Measurement "client": the clients' own cost, against the {@link CannedServer} (stateless, canned answers) instead
 * of the sandbox. For a read and a create of each vendor, at 1, 8 and 64 callers, four clients: partnerkit's typed
 * client, partnerkit's gateway, the official SDK and a bare HttpClient 5 POST of prepared bytes (the floor). Each
 * row runs {@link #RUNS} times, the four clients taking turns within each repetition; the table shows the median and
 * the range, and a goal counts as met only when the worst repetition meets it (the ratios are taken within a
 * repetition: typed client and SDK measured seconds apart, on the same server).
 *
 * <p>Goals: typed client's calls/s >= 1.3x the SDK's; its p99 no worse; its bytes per call <= 0.5x the SDK's; the CPU
 * time of the calling thread per call within 1.15x of the bare POST's (typed client) and 1.3x (gateway).
 *
 * <p>Subsets for work on one row: {@code -Dbench.actions=QueryPartnerCredit,CreateAccount}, {@code
 * -Dbench.callers=8}, {@code -Dbench.runs=1}, {@code -Dbench.seconds=1} (measured seconds per run).
 */
final class ClientCostRun {

  static final int RUNS = Integer.getInteger("bench.runs", 3);
  static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "2"));
  static final double THROUGHPUT_GOAL = 1.3;
  static final double ALLOCATION_GOAL = 0.5;
  static final double TYPED_CPU_GOAL = 1.15;
  static final double GATEWAY_CPU_GOAL = 1.3;

  private record Side(String name, Function<Target, Client> open) {}

  private record Action(String vendor, String action, boolean create, Side typed, Side gateway, Side sdk, Side bare) {
    List<Side> sides() {
      return List.of(typed, gateway, sdk, bare);
    }

    String what() {
      return vendor + " " + action;
    }
  }

  /** The {@link #RUNS} results of one client at one concurrency. */
  private record Runs(List<LoadRunner.Result> results) {
    double median(ToDoubleFunction<LoadRunner.Result> f) {
      double[] v = results.stream().mapToDouble(f).sorted().toArray();
      return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    String show(ToDoubleFunction<LoadRunner.Result> f) {
      double[] v = results.stream().mapToDouble(f).sorted().toArray();
      return v.length == 1 ? Row.f0(v[0]) : Row.f0(median(f)) + " (" + Row.f0(v[0]) + "–" + Row.f0(v[v.length - 1]) + ")";
    }

    String show1(ToDoubleFunction<LoadRunner.Result> f) {
      double[] v = results.stream().mapToDouble(f).sorted().toArray();
      return v.length == 1 ? String.format("%.1f", v[0])
          : String.format("%.1f (%.1f–%.1f)", median(f), v[0], v[v.length - 1]);
    }

    long failures() {
      return results.stream().mapToLong(LoadRunner.Result::failures).sum();
    }
  }

  private final List<String> notes;

  ClientCostRun(List<String> notes) {
    this.notes = notes;
  }

  List<Row> run() throws Exception {
    Side bareTencent = new Side("bare POST", Clients::bareTencent);
    Side bareHuawei = new Side("bare POST", Clients::bareHuawei);
    Side tencentTyped = new Side("IntlPartnersClient", Clients::tencentOurs);
    Side tencentGateway = new Side("TencentPartnerGateway", Clients::tencentGateway);
    Side tencentSdk = new Side("CommonClient", Clients::tencentOfficial);
    Side huaweiTyped = new Side("BssClient", Clients::huaweiOurs);
    Side huaweiGateway = new Side("HuaweiPartnerGateway", Clients::huaweiGateway);
    Side huaweiSdk = new Side("SDK BssClient", Clients::huaweiOfficial);
    List<Action> all = List.of(
        new Action("Tencent", "QueryPartnerCredit", false, tencentTyped, tencentGateway, tencentSdk, bareTencent),
        new Action("Tencent", "CreateAccount", true, tencentTyped, tencentGateway, tencentSdk, bareTencent),
        new Action("Huawei CN", "ListSubCustomers", false, huaweiTyped, huaweiGateway, huaweiSdk, bareHuawei),
        new Action("Huawei CN", "CreateSubCustomer", true, huaweiTyped, huaweiGateway, huaweiSdk, bareHuawei));
    String only = System.getProperty("bench.actions", "");
    List<Action> actions = all.stream().filter(a -> only.isEmpty() || Arrays.asList(only.split(",")).contains(a.action())).toList();
    int[] callers = Arrays.stream(System.getProperty("bench.callers", "1,8,64").split(",")).mapToInt(Integer::parseInt).toArray();

    List<Row> rows = new ArrayList<>();
    try (CannedServer server = new CannedServer()) {
      Target target = Target.canned(server);
      // the "measured" phase is the warm-up here: long enough for the JIT to compile the hot paths at 8 callers, so
      // that no first repetition runs cold (the worst of the three counts)
      LoadRunner warm = new LoadRunner(0, Math.max(1, SECONDS));
      for (Action a : actions) {
        for (Side side : a.sides()) {
          try (Client client = side.open().apply(target)) {
            LoadRunner.Result r = warm.run(a.create() ? client.create() : client.read(), 8);
            if (r.failures() > 0 || r.calls() == 0) {
              throw new IllegalStateException(side.name() + " " + a.action() + " fails against the canned server ("
                  + r.failures() + " of " + r.calls() + " calls)");
            }
          }
        }
      }
      // every client was warmed up above: half a second per run is for its new connections
      LoadRunner runner = new LoadRunner(0.5, SECONDS);
      for (Action a : actions) {
        rows.addAll(measure(a, callers, runner, target, server));
      }
    }
    return rows;
  }

  private List<Row> measure(Action a, int[] callersList, LoadRunner runner, Target target, CannedServer server)
      throws Exception {
    List<Row> rows = new ArrayList<>();
    long servedBefore = server.served();
    long serverCpuBefore = server.cpuNanos();
    double fastest = 0;
    for (int callers : callersList) {
      List<List<LoadRunner.Result>> bySide = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (int run = 0; run < RUNS; run++) {
        for (int s = 0; s < 4; s++) {
          Side side = a.sides().get(s);
          System.gc();
          try (Client client = side.open().apply(target)) {
            LoadRunner.Result r = runner.run(a.create() ? client.create() : client.read(), callers);
            bySide.get(s).add(r);
            fastest = Math.max(fastest, r.perSecond());
            System.out.printf("  %-9s %-18s %-22s %2d callers run %d: %,8.0f calls/s  p99 %,8.0f µs  %,8.0f B/call"
                    + "  %,6.1f µs CPU/call  (%d calls, %d failed)%n", a.vendor(), a.action(), side.name(), callers,
                run + 1, r.perSecond(), r.p99Micros(), r.bytesPerCall(), r.cpuMicrosPerCall(), r.calls(), r.failures());
          }
        }
      }
      Runs typed = new Runs(bySide.get(0));
      Runs gateway = new Runs(bySide.get(1));
      Runs sdk = new Runs(bySide.get(2));
      Runs bare = new Runs(bySide.get(3));
      String what = a.what() + ", " + callers + " caller" + (callers > 1 ? "s" : "") + " (canned server, "
          + RUNS + " runs: median (range))";
      String failed = typed.failures() + gateway.failures() + sdk.failures() + bare.failures() == 0 ? ""
          : " (failed calls: typed " + typed.failures() + ", gateway " + gateway.failures() + ", SDK " + sdk.failures()
              + ", bare " + bare.failures() + ")";

      double[] speed = pairs(typed, sdk, LoadRunner.Result::perSecond);
      rows.add(new Row(what + ": calls/s, typed client vs SDK" + failed, typed.show(LoadRunner.Result::perSecond),
          sdk.show(LoadRunner.Result::perSecond), ratio(speed, false), ">= " + THROUGHPUT_GOAL + "x",
          min(speed) >= THROUGHPUT_GOAL));
      rows.add(Row.info(what + ": calls/s, gateway / bare POST", gateway.show(LoadRunner.Result::perSecond) + " / "
          + bare.show(LoadRunner.Result::perSecond), "reported (the floor and the full pipeline)"));
      double[] p99 = pairs(typed, sdk, LoadRunner.Result::p99Micros);
      rows.add(new Row(what + ": p99 latency (µs), typed client vs SDK", typed.show(LoadRunner.Result::p99Micros),
          sdk.show(LoadRunner.Result::p99Micros), ratio(p99, true), "<= 1.00x", max(p99) <= 1.0));
      double[] cpuTyped = pairs(typed, bare, LoadRunner.Result::cpuMicrosPerCall);
      rows.add(new Row(what + ": calling thread's CPU µs per call, typed client vs bare POST",
          typed.show1(LoadRunner.Result::cpuMicrosPerCall), bare.show1(LoadRunner.Result::cpuMicrosPerCall),
          ratio(cpuTyped, true), "<= " + TYPED_CPU_GOAL + "x", max(cpuTyped) <= TYPED_CPU_GOAL));
      double[] cpuGateway = pairs(gateway, bare, LoadRunner.Result::cpuMicrosPerCall);
      rows.add(new Row(what + ": calling thread's CPU µs per call, gateway vs bare POST",
          gateway.show1(LoadRunner.Result::cpuMicrosPerCall), bare.show1(LoadRunner.Result::cpuMicrosPerCall),
          ratio(cpuGateway, true), "<= " + GATEWAY_CPU_GOAL + "x", max(cpuGateway) <= GATEWAY_CPU_GOAL));
      double[] bytes = pairs(typed, sdk, LoadRunner.Result::bytesPerCall);
      rows.add(new Row(what + ": bytes allocated per call, typed client vs SDK (gateway "
          + gateway.show(LoadRunner.Result::bytesPerCall) + ", bare POST " + bare.show(LoadRunner.Result::bytesPerCall)
          + ")", typed.show(LoadRunner.Result::bytesPerCall), sdk.show(LoadRunner.Result::bytesPerCall),
          ratio(bytes, true), "<= " + ALLOCATION_GOAL + "x", max(bytes) <= ALLOCATION_GOAL));
    }
    List<String> missed = rows.stream().filter(r -> Boolean.FALSE.equals(r.met()))
        .map(r -> r.measurement().replace(" (canned server, " + RUNS + " runs: median (range))", "")).toList();
    if (!missed.isEmpty()) {
      notes.add(a.what() + " against the canned server: missed " + String.join("; ", missed) + ". The CPU rows show"
          + " how far each client is above the bare POST; the allocation profile (\"alloc\") below, where the bytes go.");
    }
    long served = server.served() - servedBefore;
    double cpuSeconds = (server.cpuNanos() - serverCpuBefore) / 1e9;
    double perCpuSecond = served / cpuSeconds;
    rows.add(Row.info("Canned server answering " + a.what() + ": answers per CPU-second of its threads (over every run"
            + " above; the fastest client made " + Row.f0(fastest) + " calls/s)", Row.f0(perCpuSecond) + " ("
            + String.format("%.1f µs", 1e6 / perCpuSecond) + " per answer)",
        "reported: it is not the bottleneck while this is well above the fastest client's calls/s"));
    return rows;
  }

  /** ours_i / theirs_i for every repetition i. */
  private static double[] pairs(Runs ours, Runs theirs, ToDoubleFunction<LoadRunner.Result> f) {
    double[] r = new double[ours.results().size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = f.applyAsDouble(ours.results().get(i)) / f.applyAsDouble(theirs.results().get(i));
    }
    return r;
  }

  /** The median ratio, and the worst one (the lowest when higher is better, else the highest). */
  private static String ratio(double[] ratios, boolean lowerIsBetter) {
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    double worst = lowerIsBetter ? sorted[sorted.length - 1] : sorted[0];
    return sorted.length == 1 ? Row.f2(median) + "x" : Row.f2(median) + "x (worst " + Row.f2(worst) + "x)";
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }
}
