package dev.partnerkit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one benchmark command ({@code bench/run}, or {@code java -jar bench/target/benchmarks.jar [RESULTS.md]}): runs
 * the measurements, prints the results table and writes it, with the machine, to {@code bench/RESULTS.md}.
 *
 * <p>{@code -Dbench.only=client,pacing} runs only the named measurements (RESULTS.md is then partial): {@value
 * #MEASUREMENTS}. Finer subsets of "client": see {@link ClientCostRun}; of "memory": see {@link MemoryRun}.
 */
public final class BenchMain {

  static final String MEASUREMENTS = "signing,sandbox-calls,client,alloc,pacing,pacing-shared,memory,sandbox";

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    // The JDK HTTP server (under the bench's own CustomerPagesServer; the sandbox runs on Jetty and sets TCP_NODELAY
    // itself) leaves Nagle on by default, which stalls loopback answers ~40 ms (Nagle against delayed ACKs) and would
    // hide every client difference: off here, before any server class loads.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Path out = Path.of(args.length > 0 ? args[0] : "bench/RESULTS.md");
    long start = System.nanoTime();
    Machine machine = Machine.here();
    List<Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> only = Arrays.asList(System.getProperty("bench.only", MEASUREMENTS).split(","));
    for (String name : only) {
      if (!Arrays.asList(MEASUREMENTS.split(",")).contains(name)) {
        throw new IllegalArgumentException("bench.only: no measurement " + name + " (there are " + MEASUREMENTS + ")");
      }
    }

    if (only.contains("signing")) {
      section("signing (JMH)");
      rows.addAll(SigningRun.run(notes));
    }
    if (only.contains("sandbox-calls")) {
      section("calls on loopback against the sandbox (realistic server, one run each)");
      rows.addAll(new CallsRun(new LoadRunner(1, 2)).run());
    }
    if (only.contains("client")) {
      section("the clients' own cost, against the canned server");
      rows.addAll(new ClientCostRun(notes).run());
    }
    if (only.contains("alloc")) {
      section("where the typed clients' bytes go (JFR allocation samples)");
      AllocationProfile.run(notes);
    }
    if (only.contains("pacing")) {
      section("rate-limit pacing, one instance");
      rows.addAll(RateLimitRun.oneInstance(notes));
    }
    if (only.contains("pacing-shared")) {
      section("rate-limit pacing, " + RateLimitRun.INSTANCES + " instances sharing PostgreSQL buckets");
      rows.addAll(RateLimitRun.sharedInstances(notes));
    }
    if (only.contains("memory")) {
      section("memory");
      rows.addAll(MemoryRun.run());
    }
    if (only.contains("sandbox")) {
      section("sandbox throughput");
      rows.addAll(SandboxRun.run(new LoadRunner(2, 4)));
      rows.addAll(SandboxRun.runWithServerDefaults());
    }

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (String.join(",", only).equals(MEASUREMENTS)) {
      rows.add(new Row("Whole run, every measurement (the build not included)", took.toMinutes() + " min "
          + took.toSecondsPart() + " s", "", "", "< 15 min on 2 cores", took.compareTo(Duration.ofMinutes(15)) < 0));
    }
    String report = Report.markdown(machine, rows, notes, took, String.join(",", only));
    System.out.println();
    System.out.println(report);
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println("written to " + out.toAbsolutePath());
  }

  private static final long STARTED = System.nanoTime();

  /** Prints the measurement's name and the time since the start, so that a run shows where its minutes go. */
  private static void section(String name) {
    Duration since = Duration.ofNanos(System.nanoTime() - STARTED);
    System.out.printf("== %s (at %d:%02d)%n", name, since.toMinutes(), since.toSecondsPart());
  }
}
