package dev.partnerkit.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measurement 1: signatures per second with JMH (1 fork, 2 warm-up iterations of 1 s, 5 measured iterations of 2 s,
 * one thread), ours against the official SDKs' on the same inputs. Goal: ours at least 1.5x theirs.
 */
final class SigningRun {

  static final double GOAL = 1.5;

  private SigningRun() {}

  static List<Row> run(List<String> notes) throws Exception {
    Options options = new OptionsBuilder()
        .include("dev\\.partnerkit\\.adapter\\.(tencent\\.Tc3|huawei\\.AkSk)SigningBenchmark")
        .forks(1)
        .warmupIterations(2).warmupTime(TimeValue.seconds(1))
        .measurementIterations(5).measurementTime(TimeValue.seconds(2))
        .threads(1)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    List<Row> rows = new ArrayList<>();
    rows.add(row("TC3-HMAC-SHA256 signatures/s (JMH)", results, "Tc3SigningBenchmark", notes,
        () -> new dev.partnerkit.adapter.tencent.Tc3SigningBenchmark().ours()));
    rows.add(row("SDK-HMAC-SHA256 signatures/s (JMH)", results, "AkSkSigningBenchmark", notes,
        () -> new dev.partnerkit.adapter.huawei.AkSkSigningBenchmark().ours()));
    return rows;
  }

  private static Row row(String name, Collection<RunResult> results, String benchmark, List<String> notes,
      Callable<?> ours) throws Exception {
    double ourScore = score(results, benchmark + ".ours");
    double theirScore = score(results, benchmark + ".official");
    double ratio = ourScore / theirScore;
    boolean met = ratio >= GOAL;
    if (!met) {
      notes.add(name + ": missed by " + String.format("%.0f%%", 100 * (1 - ratio / GOAL))
          + " of the goal; sampling our signer alone for 2 s: " + profile(ours));
    }
    return new Row(name, Row.f0(ourScore), Row.f0(theirScore), Row.f2(ratio) + "x", ">= " + GOAL + "x", met);
  }

  private static double score(Collection<RunResult> results, String suffix) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith(suffix))
        .mapToDouble(r -> r.getPrimaryResult().getScore())
        .findFirst().orElseThrow(() -> new IllegalStateException("no JMH result for " + suffix));
  }

  private static String profile(Callable<?> signing) throws Exception {
    Thread t = new Thread(() -> {
      long end = System.nanoTime() + 2_000_000_000L;
      while (System.nanoTime() < end) {
        try {
          signing.call();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }, "bench-caller-signing");
    StackSampler sampler = new StackSampler("bench-caller", "dev.partnerkit");
    try {
      t.start();
      t.join();
    } finally {
      sampler.stop();
    }
    return sampler.summary(6);
  }
}
