package dev.partnerkit.bench;

import java.time.Duration;
import java.util.List;

/** The results as Markdown: the machine, how it was measured, the table, and the findings for missed goals. */
final class Report {

  private Report() {}

  static String markdown(Machine machine, List<Row> rows, List<String> notes, Duration took) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n")
        .append("Written by `bench/run` (`java -jar bench/target/benchmarks.jar`); every figure below comes from that one run.\n\n")
        .append(machine.describe()).append("\n- whole run: ").append(took.toMinutes()).append(" min ")
        .append(took.toSecondsPart()).append(" s\n\n")
        .append("Settings: signing with JMH 1.37, 1 fork, 2 warm-up iterations of 1 s, 5 measured iterations of 2 s, "
            + "1 thread. Calls: every client and action warmed up once (2 s, 8 callers) first, then per run a closed loop per caller thread, 2 s warm-up then 4 s measured, a fresh embedded sandbox "
            + "(rate limits off) for every run, the client and the sandbox in one JVM on the same cores; allocation from "
            + "`ThreadMXBean.getThreadAllocatedBytes` of the calling thread. Ratios are ours / theirs (for latency and "
            + "allocation lower is better).\n\n")
        .append("| measurement | ours | theirs | ratio | goal | result |\n|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      md.append("| ").append(r.measurement()).append(" | ").append(r.ours()).append(" | ").append(r.theirs())
          .append(" | ").append(r.ratio()).append(" | ").append(r.goal()).append(" | ").append(r.verdict()).append(" |\n");
    }
    long missed = rows.stream().filter(r -> Boolean.FALSE.equals(r.met())).count();
    long met = rows.stream().filter(r -> Boolean.TRUE.equals(r.met())).count();
    md.append("\n").append(met).append(" goals met, ").append(missed).append(" missed.\n");
    if (!notes.isEmpty()) {
      md.append("\n## Where the time goes (missed goals)\n\n");
      notes.forEach(n -> md.append("- ").append(n).append("\n"));
    }
    return md.toString();
  }
}
