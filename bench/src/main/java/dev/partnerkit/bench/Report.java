package dev.partnerkit.bench;

import java.time.Duration;
import java.util.List;

/** The results as Markdown: the machine, how it was measured, the table, and the findings for missed goals. */
final class Report {

  private Report() {}

  static String markdown(Machine machine, List<Row> rows, List<String> notes, Duration took, String measurements) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n")
        .append("Written by `bench/run` (`java -jar bench/target/benchmarks.jar`); every figure below comes from that one run.\n\n")
        .append(machine.describe()).append("\n- whole run: ").append(took.toMinutes()).append(" min ")
        .append(took.toSecondsPart()).append(" s\n- measurements: ").append(measurements)
        .append(measurements.equals(BenchMain.MEASUREMENTS) ? " (all)" : " (a subset: `-Dbench.only`)")
        .append("\n\n")
        .append(SETTINGS)
        .append("| measurement | ours | theirs | ratio | goal | result |\n|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      md.append("| ").append(r.measurement()).append(" | ").append(r.ours()).append(" | ").append(r.theirs())
          .append(" | ").append(r.ratio()).append(" | ").append(r.goal()).append(" | ").append(r.verdict()).append(" |\n");
    }
    long missed = rows.stream().filter(r -> Boolean.FALSE.equals(r.met())).count();
    long met = rows.stream().filter(r -> Boolean.TRUE.equals(r.met())).count();
    md.append("\n").append(met).append(" goals met, ").append(missed).append(" missed.\n");
    if (!notes.isEmpty()) {
      md.append("\n## Where the time and the bytes go\n\n");
      notes.forEach(n -> md.append("- ").append(n).append("\n"));
    }
    return md.toString();
  }

  private static final String SETTINGS = """
      How it is measured:

      - **signing**: JMH 1.37, 1 fork, 2 warm-up iterations of 1 s, 5 measured iterations of 2 s, 1 thread.
      - **client** (the goals on calls): the clients against a stateless canned server (loopback, a thread per connection writing prepared answers, \
      no signature check, no state, no JSON), in the same JVM on the same cores. Four clients per row: \
      partnerkit's typed client (no limiter, one attempt), partnerkit's gateway (in-memory journal, limits off), \
      the official SDK, and a bare HttpClient 5 classic POST of prepared bytes whose answer is read \
      fully and parsed into a Jackson tree (the floor). Every row runs 3 times, the four clients taking turns in each \
      repetition (each client and action first warmed up once for 2 s at 8 callers; then per run 0.5 s warm-up, 2 s measured, closed loop per caller thread); the table shows the median and the \
      range (min–max); ratios are taken within a repetition and a goal is met only when the worst repetition meets \
      it. Allocation and CPU per call from `ThreadMXBean` (`getThreadAllocatedBytes`, `getCurrentThreadCpuTime`) of \
      the calling threads: all four clients are blocking and do their work there. The canned server's own cost \
      (answers per CPU-second of its threads) is in the table.
      - **sandbox-calls**: typed client and SDK against the realistic sandbox (rate limits off, a fresh sandbox per \
      run), one run each (1 s warm-up, 2 s measured): reported, no goals (the sandbox's create is the ceiling).
      - **pacing**: 2,000 creates through the gateway against the sandbox with limits x40, 16 threads, one instance \
      and 4 instances sharing PostgreSQL buckets (embedded PostgreSQL, a HikariCP pool per instance).
      - **memory**: the typed client's lazy listing in a child JVM with `-Xmx16m`, fed by an in-process page server.
      - **sandbox**: Tencent QueryPartnerCredit at 64 callers against the embedded sandbox, in the bench JVM and in \
      a fresh child JVM that sets nothing; each first warmed at the same 64 callers in rounds of 1 s until the JIT \
      settles (3 rounds in a row with under 100 ms of compilation and no rate more than 5% above the best before; at \
      most 60 s), then 2 s warm-up and 4 s measured. The row gives the warm-up's length and the first second's rate \
      (the cold JVM, whose client and server code runs interpreted while 64 callers starve the JIT threads).

      Ratios are ours / theirs (for latency, allocation and CPU lower is better).

      """;
}
